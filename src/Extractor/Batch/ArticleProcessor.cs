using Extractor.Input;
using Extractor.Pipeline;
using Extractor.Records;

namespace Extractor.Batch;

/// <summary>
/// Reads, decodes and extracts one article file. Never throws: whatever goes wrong becomes the record's
/// <c>error</c>, so a batch run always goes on to the next file.
/// </summary>
public sealed class ArticleProcessor
{
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    private readonly SpanishFinancialExtractor _extractor;
    private readonly long _maxBytes;

    public ArticleProcessor(SpanishFinancialExtractor extractor, long maxBytes = DefaultMaxBytes)
    {
        _extractor = extractor;
        _maxBytes = maxBytes;
    }

    public ArticleRecord Process(ArticleInput input)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(input.Path);
            if (!info.Exists) return ArticleRecord.Failed(input.Id, "file not found");
            if (info.Length > _maxBytes)
                return ArticleRecord.Failed(input.Id, $"file too large: {info.Length} bytes, limit {_maxBytes}");
            bytes = File.ReadAllBytes(input.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ArticleRecord.Failed(input.Id, "unreadable: " + e.Message);
        }
        return ProcessBytes(input.Id, bytes);
    }

    public ArticleRecord ProcessBytes(string id, ReadOnlySpan<byte> bytes)
    {
        var decoded = ArticleDecoder.Decode(bytes);
        if (!decoded.Ok) return ArticleRecord.Failed(id, decoded.Error!, decoded.Encoding);
        try
        {
            return _extractor.Extract(decoded.Text!, id, decoded.Encoding);
        }
        catch (Exception e)
        {
            // A bug in a recogniser must cost one record, not the run.
            return ArticleRecord.Failed(id, $"internal error: {e.GetType().Name}: {e.Message}", decoded.Encoding);
        }
    }
}
