using System.Text;
using Newtonsoft.Json;

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
    private bool _committed;

    private PartialOutputFile(string target, string partial, FileStream stream, ResumePoint resume)
    {
        TargetPath = target;
        PartialPath = partial;
        _stream = stream;
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

    /// <summary>Opens the partial file: emptied for a fresh run, cut to its last complete record to resume.</summary>
    public static PartialOutputFile Open(string target, bool resume)
    {
        target = Path.GetFullPath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = PartialPathFor(target);
        var stream = new FileStream(partial, resume ? FileMode.OpenOrCreate : FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        try
        {
            var point = ResumePoint.Empty;
            if (resume)
            {
                stream.SetLength(CompleteLength(stream));
                point = Scan(stream);
            }
            stream.Seek(0, SeekOrigin.End);
            return new PartialOutputFile(target, partial, stream, point);
        }
        catch
        {
            stream.Dispose();
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
        _committed = true;
    }

    /// <summary>Without <see cref="Commit"/> the partial file stays, for <c>--resume</c>.</summary>
    public void Dispose()
    {
        if (_committed) return;
        try { Writer.Flush(); } catch (IOException) { }
        Writer.Dispose();
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

    private static ResumePoint Scan(FileStream stream)
    {
        stream.Seek(0, SeekOrigin.Begin);
        long records = 0, errors = 0, chars = 0;
        string? lastId = null;
        var reader = new StreamReader(stream, new UTF8Encoding(false), false, 1 << 16, leaveOpen: true);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var (id, count, failed) = ReadSummary(line);
            records++;
            chars += count;
            if (failed) errors++;
            lastId = id;
        }
        return new ResumePoint(records, errors, chars, lastId);
    }

    // Reads the top-level id, chars and error of a record without building its entities.
    private static (string? Id, long Chars, bool Failed) ReadSummary(string line)
    {
        string? id = null;
        long chars = 0;
        bool failed = false;
        using var json = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None };
        while (json.Read())
        {
            if (json.TokenType != JsonToken.PropertyName || json.Depth != 1) continue;
            var name = (string)json.Value!;
            json.Read();
            switch (name)
            {
                case "id": id = json.Value as string; break;
                case "chars": chars = json.Value is long n ? n : 0; break;
                case "error": failed = json.TokenType != JsonToken.Null; break;
                default: json.Skip(); break;
            }
        }
        return (id, chars, failed);
    }
}
