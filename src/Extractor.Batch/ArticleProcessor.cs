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

    /// <summary>The file's bytes, or the error record that stands for a file that cannot be read.</summary>
    public byte[]? ReadFile(string id, string path, out ArticleRecord? failed)
    {
        failed = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) { failed = ArticleRecord.Failed(id, "file not found"); return null; }
            if (info.Length > _maxBytes)
            {
                failed = ArticleRecord.Failed(id, $"file too large: {info.Length} bytes, limit {_maxBytes}");
                return null;
            }
            var bytes = File.ReadAllBytes(path);
            // The file may have grown between the size check and the read.
            if (bytes.LongLength > _maxBytes) { failed = ArticleRecord.Failed(id, $"file too large: over {_maxBytes} bytes"); return null; }
            return bytes;
        }
        catch (FileNotFoundException) { failed = ArticleRecord.Failed(id, "file not found"); }
        catch (DirectoryNotFoundException) { failed = ArticleRecord.Failed(id, "file not found"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            failed = ArticleRecord.Failed(id, "unreadable: " + e.Message);
        }
        return null;
    }

    /// <summary>One article from its bytes: decoded, its text taken out of HTML when <paramref name="format"/> says so, extracted.</summary>
    public ArticleRecord ProcessBytes(string id, ReadOnlySpan<byte> bytes, ArticleFormat format = ArticleFormat.Text)
    {
        var decoded = ArticleDecoder.Decode(bytes);
        if (!decoded.Ok) return ArticleRecord.Failed(id, decoded.Error!, decoded.Encoding);
        if (format != ArticleFormat.Html) return ProcessText(id, decoded.Text!, decoded.Encoding);
        string text;
        try
        {
            text = HtmlArticleText.Extract(decoded.Text!);
        }
        catch (Exception e)
        {
            return ArticleRecord.Failed(id, $"HTML not readable: {e.GetType().Name}: {e.Message}", decoded.Encoding);
        }
        return ProcessText(id, text, decoded.Encoding);
    }

    /// <summary>One line of a JSON Lines file (already split out of the file by the reader).</summary>
    public ArticleRecord ProcessJsonLine(string fileId, int lineNumber, string line, string textField, string idField)
    {
        var article = JsonLinesArticle.Parse(fileId, lineNumber, line, textField, idField);
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
