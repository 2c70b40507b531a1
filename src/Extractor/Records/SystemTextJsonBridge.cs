using System.Text.Json;
using Extractor.Events;
using Newtonsoft.Json;

namespace Extractor.Records;

/// <summary>
/// Lets System.Text.Json write and read records, entities and events in the SCHEMA.md shape by handing them to the
/// one writer of that shape (the Newtonsoft.Json converters): two writers of one format would drift apart, and
/// a user's <c>JsonSerializer.Serialize(record)</c> must give the line the command line writes.
/// </summary>
internal sealed class SystemTextJsonBridge<T> : System.Text.Json.Serialization.JsonConverter<T> where T : class
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return JsonConvert.DeserializeObject<T>(document.RootElement.GetRawText(), RecordJson.Settings);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteRawValue(JsonConvert.SerializeObject(value, RecordJson.Settings), skipInputValidation: true);
}
