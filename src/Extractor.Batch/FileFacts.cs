using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Extractor.Batch;

/// <summary>What kind of thing a path names, beyond the runtime's file-or-folder view.</summary>
internal enum FileKind
{
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    SymbolicLink,
    Missing,
    /// <summary>The platform cannot tell (not Linux): treated as a regular file.</summary>
    Unknown,
}

/// <summary>
/// A file's type and identity (device and inode), read with Linux <c>statx</c>. .NET reports a FIFO or a
/// character device as an ordinary file of size 0, and reading one blocks forever (a FIFO) or never ends
/// (<c>/dev/zero</c>); the batch engine reads only regular files, and refuses an output that is not one or that
/// is one of its inputs, so it needs the kind and the identity the runtime does not expose. statx has the same
/// layout on every Linux architecture, unlike stat. Elsewhere every existing non-folder is
/// <see cref="FileKind.Unknown"/> and the engine falls back to the runtime's checks.
/// </summary>
internal record struct FileFacts(FileKind Kind, ulong Device, ulong Inode, long Size)
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;
    private const int BufferSize = 256;

    public bool IsRegular => Kind is FileKind.Regular or FileKind.Unknown;

    /// <summary>The same file (hard links and different spellings of one path included).</summary>
    public bool SameFileAs(FileFacts other) =>
        Kind is not (FileKind.Missing or FileKind.Unknown) && other.Kind is not (FileKind.Missing or FileKind.Unknown)
        && Device == other.Device && Inode == other.Inode;

    public string Describe() => Kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    /// <summary>Facts about <paramref name="path"/> (following links unless told otherwise).</summary>
    public static FileFacts Of(string path, bool followLinks = true) => Of(Encoding.UTF8.GetBytes(path), followLinks);

    /// <summary>Facts about a path given as raw bytes (a file name that is not valid UTF-8).</summary>
    public static FileFacts Of(byte[] path, bool followLinks = true)
    {
        if (!OperatingSystem.IsLinux()) return Fallback(Encoding.UTF8.GetString(path));
        var buffer = new byte[BufferSize];
        var terminated = new byte[path.Length + 1];
        path.CopyTo(terminated, 0);
        int result;
        try { result = Statx(AtFdCwd, terminated, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer); }
        catch (EntryPointNotFoundException) { return Fallback(Encoding.UTF8.GetString(path)); }
        return result == 0 ? Read(buffer) : new FileFacts(FileKind.Missing, 0, 0, 0);
    }

    /// <summary>Facts about an open file.</summary>
    public static FileFacts Of(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux()) return new FileFacts(FileKind.Unknown, 0, 0, 0);
        var buffer = new byte[BufferSize];
        bool added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            int result = Statx((int)handle.DangerousGetHandle(), [0], AtEmptyPath, StatxBasicStats, buffer);
            return result == 0 ? Read(buffer) : new FileFacts(FileKind.Unknown, 0, 0, 0);
        }
        catch (EntryPointNotFoundException) { return new FileFacts(FileKind.Unknown, 0, 0, 0); }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }

    private static FileFacts Read(byte[] buffer)
    {
        int mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
        var kind = mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Unknown,
        };
        ulong device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        return new FileFacts(kind, device, BitConverter.ToUInt64(buffer, 32), (long)BitConverter.ToUInt64(buffer, 40));
    }

    private static FileFacts Fallback(string path)
    {
        if (Directory.Exists(path)) return new FileFacts(FileKind.Directory, 0, 0, 0);
        var info = new FileInfo(path);
        return info.Exists ? new FileFacts(FileKind.Unknown, 0, 0, info.Length) : new FileFacts(FileKind.Missing, 0, 0, 0);
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);
}
