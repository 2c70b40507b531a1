using Extractor.Input;
using Extractor.Pipeline;
using Extractor.Records;

namespace Extractor.Batch;

/// <summary>
/// Reads, decodes and extracts one article, whatever its format. Never throws: whatever goes wrong becomes the
/// record's <c>error</c>, so a batch run always goes on to the next article. Immutable, so the workers of a
/// batch run share one instance.
/// </summary>
public sealed class ArticleProcessor
{
    /// <summary>Files larger than this (256 MB) give an error record instead of being read.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    private readonly SpanishFinancialExtractor _extractor;
    private readonly long _maxBytes;
    private readonly bool _includeText;

    /// <summary>A processor running <paramref name="extractor"/>; <paramref name="includeText"/> adds the text to each record.</summary>
    public ArticleProcessor(SpanishFinancialExtractor extractor, long maxBytes = DefaultMaxBytes, bool includeText = false)
    {
        _extractor = extractor;
        _maxBytes = maxBytes;
        _includeText = includeText;
    }

    /// <summary>The largest file read, in bytes.</summary>
    public long MaxBytes => _maxBytes;

    /// <summary>One whole-file article (text or HTML) read from disk.</summary>
    public ArticleRecord Process(ArticleInput input)
    {
        var bytes = ReadFile(input.Id, input.Path, out var failed);
        return failed ?? ProcessBytes(input.Id, bytes!, input.Format);
    }

    /// <summary>
    /// The file's bytes, or the error record that stands for a file that cannot be read. Only regular files are
    /// read (a FIFO would block the run, a device never end), and never more than the limit, whatever size the
    /// file system reports: a link to <c>/dev/zero</c> or a file that grows while it is read stops at the limit.
    /// </summary>
    public byte[]? ReadFile(string id, string path, out ArticleRecord? failed) => ReadFile(id, path, null, out failed);

    /// <summary>As above, opening the file by <paramref name="rawPath"/> when its name is not valid UTF-8.</summary>
    public byte[]? ReadFile(string id, string path, byte[]? rawPath, out ArticleRecord? failed)
    {
        failed = null;
        try
        {
            if (RefuseUnlessRegular(id, path, rawPath) is { } refused) { failed = refused; return null; }
            using var stream = OpenRead(path, rawPath);
            var facts = FileFacts.Of(stream.SafeFileHandle);
            if (!facts.IsRegular) { failed = ArticleRecord.Failed(id, $"not a regular file: {facts.Describe()}"); return null; }
            if (facts.Size > _maxBytes || (facts.Kind == FileKind.Unknown && stream.Length > _maxBytes))
            {
                failed = ArticleRecord.Failed(id, $"file too large: {Math.Max(facts.Size, facts.Kind == FileKind.Unknown ? stream.Length : 0)} bytes, limit {_maxBytes}");
                return null;
            }
            var bytes = ReadAtMost(stream, _maxBytes, facts.Size);
            if (bytes is null) { failed = ArticleRecord.Failed(id, $"file too large: over {_maxBytes} bytes"); return null; }
            return bytes;
        }
        catch (FileNotFoundException) { failed = ArticleRecord.Failed(id, "file not found: " + path); }
        catch (DirectoryNotFoundException) { failed = ArticleRecord.Failed(id, "file not found: " + path); }
        catch (PathTooLongException) { failed = ArticleRecord.Failed(id, "unreadable: path too long"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            failed = ArticleRecord.Failed(id, "unreadable: " + e.Message);
        }
        return null;
    }

    /// <summary>The error record for a path that is missing or not a regular file; null for a regular file.</summary>
    internal static FileStream OpenRead(string path, byte[]? rawPath) => rawPath is null
        ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan)
        : RawFileNames.OpenRead(rawPath);

    internal static ArticleRecord? RefuseUnlessRegular(string id, string path, byte[]? rawPath = null)
    {
        var facts = rawPath is null ? FileFacts.Of(path) : FileFacts.Of(rawPath);
        return facts.Kind switch
        {
            FileKind.Missing => ArticleRecord.Failed(id, "file not found: " + path),
            FileKind.Regular or FileKind.Unknown => null,
            _ => ArticleRecord.Failed(id, $"not a regular file: {facts.Describe()}"),
        };
    }

    /// <summary>All of the stream, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    internal static byte[]? ReadAtMost(Stream stream, long maxBytes, long expected)
    {
        var buffer = new byte[(int)Math.Clamp(expected + 1, 1, Math.Min(maxBytes + 1, Array.MaxLength))];
        long total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > maxBytes) return null;
                long grown = Math.Min(Math.Max(buffer.Length * 2L, 81920), Math.Min(maxBytes + 1, Array.MaxLength));
                if (grown <= buffer.Length) return null;
                Array.Resize(ref buffer, (int)grown);
            }
            int read = stream.Read(buffer, (int)total, buffer.Length - (int)total);
            if (read == 0) break;
            total += read;
        }
        if (total > maxBytes) return null;
        if (total != buffer.Length) Array.Resize(ref buffer, (int)total);
        return buffer;
    }

    /// <summary>One article from its bytes: decoded, its text taken out of HTML when <paramref name="format"/> says so, extracted.</summary>
    public ArticleRecord ProcessBytes(string id, ReadOnlySpan<byte> bytes, ArticleFormat format = ArticleFormat.Text)
    {
        var decoded = ArticleDecoder.Decode(bytes);
        if (!decoded.Ok) return ArticleRecord.Failed(id, decoded.Error!, decoded.Encoding);
        var record = format == ArticleFormat.Html ? ProcessHtml(id, decoded) : ProcessText(id, decoded.Text!, decoded.Encoding);
        return decoded.Replaced > 0 ? record with { Replaced = decoded.Replaced } : record;
    }

    private ArticleRecord ProcessHtml(string id, DecodedText decoded)
    {
        string text;
        try
        {
            text = HtmlArticleText.Extract(decoded.Text!);
        }
        catch (HtmlTooDeepException e)
        {
            return ArticleRecord.Failed(id, "HTML refused: " + e.Message, decoded.Encoding);
        }
        catch (Exception e)
        {
            return ArticleRecord.Failed(id, $"HTML not readable: {e.GetType().Name}: {e.Message}", decoded.Encoding);
        }
        return ProcessText(id, text, decoded.Encoding);
    }

    /// <summary>One line of a JSON Lines file (already split out of the file by the reader).</summary>
    public ArticleRecord ProcessJsonLine(string fileId, int lineNumber, string line, string textField, string idField) =>
        ProcessJsonLine(JsonLinesArticle.ReadId(fileId, lineNumber, line, idField), line, textField);

    /// <summary>One line of a JSON Lines file whose record id the reader already chose (see <see cref="JsonLinesArticle.ReadId"/>).</summary>
    public ArticleRecord ProcessJsonLine(string id, string line, string textField)
    {
        var article = JsonLinesArticle.Parse(id, line, textField);
        return article.Error is { } error
            ? ArticleRecord.Failed(article.Id, error, "utf-8")
            : ProcessText(article.Id, article.Text!, "utf-8");
    }

    /// <summary>One article from its decoded text; an exception in the extractor becomes the record's error.</summary>
    public ArticleRecord ProcessText(string id, string text, string? encoding)
    {
        try
        {
            var record = _extractor.Extract(text, id, encoding);
            return _includeText ? record with { Text = text } : record;
        }
        catch (Exception e)
        {
            // A bug in a recogniser must cost one record, not the run.
            return ArticleRecord.Failed(id, $"internal error: {e.GetType().Name}: {e.Message}", encoding);
        }
    }
}
