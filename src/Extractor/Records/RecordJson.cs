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
    /// <remarks>
    /// Written field by field with the converters the attributes name, in the attributes' order: the same text as
    /// <c>JsonConvert.SerializeObject(record, Settings)</c> (a test compares them) without the serializer's contract
    /// look-ups, which took a third of the time of writing a record.
    /// </remarks>
    public static string ToJsonLine(ArticleRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None, FloatFormatHandling = FloatFormatHandling.DefaultValue })
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id"); writer.WriteValue(record.Id);
            writer.WritePropertyName("chars"); writer.WriteValue(record.Chars);
            writer.WritePropertyName("encoding"); writer.WriteValue(record.Encoding);
            writer.WritePropertyName("entities");
            writer.WriteStartArray();
            foreach (var entity in record.Entities) Entities.WriteJson(writer, entity, Serializer);
            writer.WriteEndArray();
            writer.WritePropertyName("events");
            writer.WriteStartArray();
            foreach (var e in record.Events) Events.WriteJson(writer, e, Serializer);
            writer.WriteEndArray();
            writer.WritePropertyName("error"); writer.WriteValue(record.Error);
            if (record.Text is not null) { writer.WritePropertyName("text"); writer.WriteValue(record.Text); }
            if (record.Replaced is { } replaced) { writer.WritePropertyName("replaced"); writer.WriteValue(replaced); }
            writer.WriteEndObject();
        }
        return text.ToString();
    }

    private static readonly EntityJsonConverter Entities = new();
    private static readonly Events.ArticleEventJsonConverter Events = new();
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>Reads a record line back; events point to detached entities that carry only their normalised values.</summary>
    public static ArticleRecord? FromJsonLine(string line) => JsonConvert.DeserializeObject<ArticleRecord>(line, Settings);
}
