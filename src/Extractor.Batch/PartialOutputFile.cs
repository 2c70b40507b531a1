using System.Text;

namespace Extractor.Batch;

/// <summary>
/// The output of <c>-o FILE</c> while it is being written: <c>.FILE.partial</c> beside FILE, renamed over FILE
/// only when the run completes, so FILE is always either absent, the previous complete output, or the new
/// complete output. The partial file is the checkpoint: every line that ends in a newline is a complete record
/// (records are written in order, and a killed process leaves a prefix of what it wrote), so
/// <see cref="Open"/> with resume cuts a torn last line off and reports how many records are already done.
/// A second run on the same FILE is refused while the first holds the partial file open.
/// </summary>
public sealed class PartialOutputFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly OutputLock _lock;
    private bool _committed;

    private PartialOutputFile(string target, string partial, FileStream stream, OutputLock ownership, ResumePoint resume)
    {
        TargetPath = target;
        PartialPath = partial;
        _stream = stream;
        _lock = ownership;
        Resume = resume;
        Writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }

    /// <summary>The output file, written only by <see cref="Commit"/>.</summary>
    public string TargetPath { get; }

    /// <summary>The partial file beside it (<c>.FILE.partial</c>).</summary>
    public string PartialPath { get; }

    /// <summary>Where records go (UTF-8 without BOM, <c>\n</c> line ends).</summary>
    public TextWriter Writer { get; }

    /// <summary>What the partial file already held (empty for a fresh run).</summary>
    public ResumePoint Resume { get; }

    /// <summary>The partial file of <paramref name="target"/>.</summary>
    public static string PartialPathFor(string target) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, $".{Path.GetFileName(target)}.partial");

    /// <summary>Where the settings of the run that writes the partial file are kept.</summary>
    public static string SettingsPathFor(string target) => PartialPathFor(target) + ".settings";

    /// <summary>
    /// Takes the output's lock, then opens the partial file: emptied for a fresh run, cut to its last complete
    /// record to resume. Throws <see cref="OutputRefusedException"/> when another run owns the output and
    /// <see cref="ResumeMismatchException"/> when the partial file is damaged or was written with other settings;
    /// in both cases no file was changed.
    /// </summary>
    public static PartialOutputFile Open(string target, bool resume, RunSettings settings)
    {
        target = Path.GetFullPath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var ownership = OutputLock.Acquire(target);
        FileStream? stream = null;
        try
        {
            var partial = PartialPathFor(target);
            var settingsPath = SettingsPathFor(target);
            string line = settings.ToLine();
            bool continuing = resume && File.Exists(partial) && new FileInfo(partial).Length > 0;
            if (continuing)
            {
                string? recorded = File.Exists(settingsPath) ? File.ReadAllText(settingsPath).TrimEnd('\n') : null;
                if (recorded is null)
                    throw new ResumeMismatchException($"{partial} has no settings file ({settingsPath}), so it cannot be shown to come from this command");
                if (recorded != line)
                    throw new ResumeMismatchException($"{partial} was written with other paths or options ({settingsPath})");
            }
            stream = new FileStream(partial, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
            var point = ResumePoint.Empty;
            if (continuing)
            {
                // Validate before cutting anything: a damaged partial file is left exactly as it was.
                long complete = CompleteLength(stream);
                point = Scan(stream, complete, partial);
                stream.SetLength(complete);
            }
            else
            {
                stream.SetLength(0);
                File.WriteAllText(settingsPath, line + "\n");
            }
            stream.Seek(0, SeekOrigin.End);
            return new PartialOutputFile(target, partial, stream, ownership, point);
        }
        catch
        {
            stream?.Dispose();
            ownership.Dispose();
            throw;
        }
    }

    /// <summary>Makes the output durable and puts it in place of FILE.</summary>
    public void Commit()
    {
        Writer.Flush();
        _stream.Flush(flushToDisk: true);
        Writer.Dispose();
        File.Move(PartialPath, TargetPath, overwrite: true);
        File.Delete(PartialPath + ".settings");
        _committed = true;
        _lock.Dispose();
    }

    /// <summary>Without <see cref="Commit"/> the partial file stays, for <c>--resume</c>.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            try { Writer.Flush(); } catch (IOException) { }
            try { Writer.Dispose(); } catch (IOException) { }
        }
        _lock.Dispose();
    }

    // Length up to and including the last newline: whatever follows it is a record cut off mid-write.
    private static long CompleteLength(FileStream stream)
    {
        var buffer = new byte[1 << 16];
        long end = stream.Length;
        while (end > 0)
        {
            int size = (int)Math.Min(buffer.Length, end);
            stream.Seek(end - size, SeekOrigin.Begin);
            stream.ReadExactly(buffer, 0, size);
            int newline = buffer.AsSpan(0, size).LastIndexOf((byte)'\n');
            if (newline >= 0) return end - size + newline + 1;
            end -= size;
        }
        return 0;
    }

    // Every complete line must be a record this program writes; anything else (a blank line, {}, an id that is
    // not a string, garbage) means the file was damaged or is not ours, and appending to it would hide that.
    private static ResumePoint Scan(FileStream stream, long length, string partial)
    {
        stream.Seek(0, SeekOrigin.Begin);
        long records = 0, errors = 0, chars = 0;
        string? lastId = null;
        var reader = new StreamReader(new BoundedStream(stream, length), new UTF8Encoding(false), false, 1 << 16, leaveOpen: true);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            records++;
            if (!RecordSummary.TryRead(line, out var summary, out var problem))
                throw new ResumeMismatchException($"{partial} is damaged at record {records}: {problem}");
            chars += summary.Chars;
            if (summary.Failed) errors++;
            lastId = summary.Id;
        }
        return new ResumePoint(records, errors, chars, lastId) { PartialPath = partial };
    }

    /// <summary>The ids of the first <paramref name="count"/> records of a partial file, in order (for resume checks).</summary>
    public static IEnumerable<string> ReadIds(string partial, long count)
    {
        using var stream = new FileStream(partial, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), false, 1 << 16);
        for (long i = 0; i < count; i++)
        {
            var line = reader.ReadLine();
            if (line is null || !RecordSummary.TryRead(line, out var summary, out _)) yield break;
            yield return summary.Id;
        }
    }

    /// <summary>A read-only view of the first bytes of a stream, so a torn last line is never read.</summary>
    private sealed class BoundedStream(Stream inner, long length) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) =>
            inner.Read(buffer, offset, (int)Math.Min(count, Math.Max(0, length - inner.Position)));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
