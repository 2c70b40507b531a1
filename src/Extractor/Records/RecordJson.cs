using Newtonsoft.Json;

namespace Extractor.Records;

/// <summary>One serializer configuration for records, so the library and the command line write identical lines.</summary>
public static class RecordJson
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        Formatting = Formatting.None,
        NullValueHandling = NullValueHandling.Include,
        FloatFormatHandling = FloatFormatHandling.DefaultValue,
    };

    /// <summary>The record as one JSON Lines line, without the newline.</summary>
    public static string ToJsonLine(ArticleRecord record) => JsonConvert.SerializeObject(record, Settings);

    public static ArticleRecord? FromJsonLine(string line) => JsonConvert.DeserializeObject<ArticleRecord>(line, Settings);
}
