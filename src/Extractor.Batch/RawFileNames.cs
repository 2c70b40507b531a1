using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Extractor.Batch;

/// <summary>
/// File names that are not valid UTF-8 (old Latin-1 archives copied to Linux). The runtime decodes them with
/// U+FFFD, so the decoded name opens nothing ("file not found") and two such names can collide. This lists a
/// folder's names as bytes (readdir), gives each non-UTF-8 one a reversible id (<see cref="EscapeName"/>) and
/// opens it by its bytes. Linux only; elsewhere names are what the runtime says.
/// </summary>
internal static class RawFileNames
{
    private const int DirentNameOffset = 19; // struct dirent on 64-bit Linux: ino 8, off 8, reclen 2, type 1, name
    private const int OpenReadOnlyCloseOnExec = 0x80000;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The names in <paramref name="folder"/> that the runtime shows with U+FFFD (not valid UTF-8, or really holding U+FFFD), as bytes.</summary>
    public static List<byte[]> AmbiguousNames(string folder)
    {
        var names = new List<byte[]>();
        if (!OperatingSystem.IsLinux()) return names;
        IntPtr directory = OpenDirectory(Terminated(Encoding.UTF8.GetBytes(folder)));
        if (directory == IntPtr.Zero) return names;
        try
        {
            IntPtr entry;
            while ((entry = ReadDirectory(directory)) != IntPtr.Zero)
            {
                int length = 0;
                while (Marshal.ReadByte(entry, DirentNameOffset + length) != 0) length++;
                var name = new byte[length];
                Marshal.Copy(entry + DirentNameOffset, name, 0, length);
                if (!System.Text.Unicode.Utf8.IsValid(name) || name.AsSpan().IndexOf("\uFFFD"u8) >= 0) names.Add(name);
            }
        }
        finally
        {
            CloseDirectory(directory);
        }
        return names;
    }

    /// <summary>
    /// A name as id text: bytes that are not UTF-8 become <c>%XX</c>, and a '%' that two hex digits follow
    /// becomes <c>%25</c>, so every <c>%XX</c> in the id stands for one byte and the name can be rebuilt exactly
    /// (<see cref="UnescapeName"/>). Names without such bytes or such '%' are unchanged.
    /// </summary>
    public static string EscapeName(ReadOnlySpan<byte> name)
    {
        var id = new StringBuilder(name.Length + 8);
        int i = 0;
        while (i < name.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(name[i..], out var rune, out int consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                for (int k = 0; k < Math.Max(1, consumed); k++) id.Append('%').Append(name[i + k].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                i += Math.Max(1, consumed);
                continue;
            }
            if (rune.Value == '%' && i + 2 < name.Length && IsHex(name[i + 1]) && IsHex(name[i + 2])) id.Append("%25");
            else id.Append(rune.ToString());
            i += consumed;
        }
        return id.ToString();
    }

    /// <summary>The name's bytes back from an id written by <see cref="EscapeName"/>.</summary>
    public static byte[] UnescapeName(string id)
    {
        var bytes = new List<byte>(id.Length);
        var utf8 = Encoding.UTF8.GetBytes(id);
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == '%' && i + 2 < utf8.Length && IsHex(utf8[i + 1]) && IsHex(utf8[i + 2]))
            {
                bytes.Add(Convert.ToByte(Encoding.ASCII.GetString(utf8, i + 1, 2), 16));
                i += 2;
            }
            else bytes.Add(utf8[i]);
        }
        return bytes.ToArray();
    }

    /// <summary>Opens a file by the bytes of its path.</summary>
    public static FileStream OpenRead(byte[] path)
    {
        int fd = Open(Terminated(path), OpenReadOnlyCloseOnExec);
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno == 2) throw new FileNotFoundException("file not found");
            throw new IOException($"cannot open (errno {errno})");
        }
        return new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, 1);
    }

    private static bool IsHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'A' and <= (byte)'F') or (>= (byte)'a' and <= (byte)'f');

    private static byte[] Terminated(byte[] path)
    {
        var terminated = new byte[path.Length + 1];
        path.CopyTo(terminated, 0);
        return terminated;
    }

    [DllImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static extern IntPtr OpenDirectory(byte[] path);

    [DllImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static extern IntPtr ReadDirectory(IntPtr directory);

    [DllImport("libc", EntryPoint = "closedir")]
    private static extern int CloseDirectory(IntPtr directory);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);
}
