using System.Text;

namespace Extractor.Batch;

/// <summary>
/// Exclusive ownership of an output file across processes: <c>.FILE.lock</c> beside FILE, held open with
/// <see cref="FileShare.None"/>, which .NET on Linux and macOS turns into a kernel <c>flock</c> and Windows
/// enforces by itself. The kernel drops the lock when its owner dies, so a killed run leaves no stale lock to
/// clean up; the file holds the owner's pid for a person looking at it. It is taken before the partial output is
/// opened, so a second run never truncates or appends to the first one's records. On release the owner marks
/// the file released before deleting it: a run that opened the file just before it was deleted and got the lock
/// after it was dropped sees the mark and opens the path again instead of owning a deleted file.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private const string ReleasedMark = "released";
    // .NET reports a lock held elsewhere as an IOException whose HResult is EWOULDBLOCK (Unix) or a sharing violation (Windows).
    private const int WouldBlock = 11;
    private const int SharingViolation = unchecked((int)0x80070020);

    private readonly FileStream _stream;
    private bool _released;

    private OutputLock(string path, FileStream stream)
    {
        Path = path;
        _stream = stream;
    }

    public string Path { get; }

    public static string PathFor(string target) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(target))!, $".{System.IO.Path.GetFileName(target)}.lock");

    /// <summary>Takes the lock of <paramref name="target"/>, or throws <see cref="OutputRefusedException"/> while another run holds it.</summary>
    public static OutputLock Acquire(string target)
    {
        var path = PathFor(target);
        for (int attempt = 0; attempt < 100; attempt++)
        {
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (e.HResult is WouldBlock or SharingViolation)
            {
                throw new OutputRefusedException($"another run is writing it (it holds {path})");
            }
            var held = new StreamReader(stream, Encoding.UTF8, false, 256, leaveOpen: true).ReadToEnd();
            if (held.StartsWith(ReleasedMark, StringComparison.Ordinal))
            {
                // The previous owner released and deleted this file after we opened it: try the path again.
                stream.Dispose();
                continue;
            }
            stream.SetLength(0);
            stream.Write(Encoding.UTF8.GetBytes($"{Environment.ProcessId}\n"));
            stream.Flush();
            return new OutputLock(path, stream);
        }
        throw new OutputRefusedException($"could not take {path}: other runs keep taking and releasing it");
    }

    public void Dispose()
    {
        if (_released) return;
        _released = true;
        try
        {
            _stream.SetLength(0);
            _stream.Write(Encoding.UTF8.GetBytes(ReleasedMark + "\n"));
            _stream.Flush();
            File.Delete(Path);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        _stream.Dispose();
    }
}
