using Newtonsoft.Json;

namespace Extractor.Records;

/// <summary>
/// One serializer configuration for records, so the library and the command line write identical lines. The
/// same shape comes out of <c>JsonConvert.SerializeObject(record)</c> and System.Text.Json's
/// <c>JsonSerializer.Serialize(record)</c>.
/// </summary>
public static class RecordJson
{
    /// <summary>The Newtonsoft.Json settings of record lines (compact, nulls written).</summary>
    public static JsonSerializerSettings Settings { get; } = new()
    {
        Formatting = Formatting.None,
        NullValueHandling = NullValueHandling.Include,
        FloatFormatHandling = FloatFormatHandling.DefaultValue,
    };

    /// <summary>The record as one JSON Lines line, without the newline.</summary>
    public static string ToJsonLine(ArticleRecord record) => JsonConvert.SerializeObject(record, Settings);

    /// <summary>Reads a record line back; events point to detached entities that carry only their normalised values.</summary>
    public static ArticleRecord? FromJsonLine(string line) => JsonConvert.DeserializeObject<ArticleRecord>(line, Settings);
}
