using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Extractor.Records;

/// <summary>
/// Writes an entity with exactly the fields its type has in SCHEMA.md (MONEY always carries <c>currency</c>,
/// null or not), and reads the same form back for evaluation.
/// </summary>
internal sealed class EntityJsonConverter : JsonConverter<Entity>
{
    public override void WriteJson(JsonWriter writer, Entity? entity, JsonSerializer serializer)
    {
        if (entity is null) { writer.WriteNull(); return; }
        writer.WriteStartObject();
        writer.WritePropertyName("type"); writer.WriteValue(entity.Type.ToString());
        writer.WritePropertyName("start"); writer.WriteValue(entity.Start);
        writer.WritePropertyName("end"); writer.WriteValue(entity.End);
        writer.WritePropertyName("text"); writer.WriteValue(entity.Text);
        switch (entity.Type)
        {
            case EntityType.MONEY:
                WriteNumber(writer, entity.Number, wholeAsInteger: true);
                writer.WritePropertyName("currency"); writer.WriteValue(entity.Currency);
                break;
            case EntityType.PERCENT:
            case EntityType.QUANTITY:
                WriteNumber(writer, entity.Number, wholeAsInteger: entity.Type == EntityType.QUANTITY);
                writer.WritePropertyName("unit"); writer.WriteValue(entity.Unit);
                break;
            case EntityType.DURATION:
                writer.WritePropertyName("value"); writer.WriteValue(entity.Iso);
                break;
            case EntityType.DATE:
                if (entity.Iso != null) { writer.WritePropertyName("value"); writer.WriteValue(entity.Iso); }
                break;
            case EntityType.COMPANY:
                writer.WritePropertyName("canonical"); writer.WriteValue(entity.Canonical ?? entity.Text);
                break;
            case EntityType.CHIP:
                writer.WritePropertyName("vendor"); writer.WriteValue(entity.Vendor);
                if (entity.Family != null) { writer.WritePropertyName("family"); writer.WriteValue(entity.Family); }
                break;
        }
        writer.WriteEndObject();
    }

    private static void WriteNumber(JsonWriter writer, decimal? number, bool wholeAsInteger)
    {
        writer.WritePropertyName("value");
        if (number is not { } value) { writer.WriteNull(); return; }
        // Whole amounts and counts are integers (38000000000, not 3.8E+10); percentages stay doubles (4.0).
        if (wholeAsInteger && value == decimal.Truncate(value) && value is >= long.MinValue and <= long.MaxValue)
            writer.WriteValue((long)value);
        else
            writer.WriteValue((double)value);
    }

    public override Entity ReadJson(JsonReader reader, Type objectType, Entity? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        var o = JObject.Load(reader);
        var type = Enum.Parse<EntityType>((string)o["type"]!);
        var entity = new Entity(type, (int)o["start"]!, (int)o["end"]!, (string?)o["text"] ?? "");
        var value = o["value"];
        decimal? number = null;
        string? iso = null;
        if (value is { Type: JTokenType.Integer or JTokenType.Float })
            number = decimal.Parse(value.ToString(Formatting.None), NumberStyles.Float, CultureInfo.InvariantCulture);
        else if (value is { Type: JTokenType.String })
            iso = (string?)value;
        return entity with
        {
            Number = number,
            Iso = iso,
            Currency = (string?)o["currency"],
            Unit = (string?)o["unit"],
            Canonical = (string?)o["canonical"],
            Vendor = (string?)o["vendor"],
            Family = (string?)o["family"],
        };
    }
}
