using System.Globalization;
using Extractor.Records;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Extractor.Events;

/// <summary>
/// Writes an event in the record shape of EVENTS.md (parties by canonical name, money as <c>{value, currency}</c>,
/// durations as ISO 8601, periods and chips as written; absent slots left out) and reads it back. An event read
/// from JSON points to detached entities that carry only the normalised values.
/// </summary>
internal sealed class ArticleEventJsonConverter : JsonConverter<ArticleEvent>
{
    /// <inheritdoc/>
    public override void WriteJson(JsonWriter writer, ArticleEvent? e, JsonSerializer serializer)
    {
        if (e is null) { writer.WriteNull(); return; }
        writer.WriteStartObject();
        writer.WritePropertyName("type"); writer.WriteValue(e.Type.ToString());
        WriteString(writer, "kind", e.Kind);
        WriteString(writer, "status", e.Status);
        WriteString(writer, "buyer", ArticleEvent.NameOf(e.Buyer));
        WriteString(writer, "seller", ArticleEvent.NameOf(e.Seller));
        WriteString(writer, "target", ArticleEvent.NameOf(e.Target));
        WriteString(writer, "company", ArticleEvent.NameOf(e.Company));
        WriteString(writer, "metric", e.Metric);
        WriteMoney(writer, "amount", e.Amount);
        WriteNumber(writer, "stake", e.Stake);
        WriteNumber(writer, "change", e.Change);
        WriteMoney(writer, "price", e.Price);
        WriteString(writer, "duration", e.Duration?.Iso);
        WriteString(writer, "period", e.Period?.Text);
        if (e.Chips.Count > 0)
        {
            writer.WritePropertyName("chips");
            writer.WriteStartArray();
            foreach (var chip in e.Chips) writer.WriteValue(chip.Text);
            writer.WriteEndArray();
        }
        writer.WritePropertyName("evidence");
        writer.WriteStartObject();
        writer.WritePropertyName("start"); writer.WriteValue(e.EvidenceStart);
        writer.WritePropertyName("end"); writer.WriteValue(e.EvidenceEnd);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteString(JsonWriter writer, string name, string? value)
    {
        if (value is null) return;
        writer.WritePropertyName(name);
        writer.WriteValue(value);
    }

    private static void WriteNumber(JsonWriter writer, string name, EventFigure? figure)
    {
        if (figure is null) return;
        writer.WritePropertyName(name);
        writer.WriteValue((double)figure.Value);
    }

    private static void WriteMoney(JsonWriter writer, string name, EventFigure? figure)
    {
        if (figure is null) return;
        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WritePropertyName("value");
        if (figure.Value == decimal.Truncate(figure.Value) && figure.Value is >= long.MinValue and <= long.MaxValue)
            writer.WriteValue((long)figure.Value);
        else
            writer.WriteValue((double)figure.Value);
        writer.WritePropertyName("currency"); writer.WriteValue(figure.Currency);
        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    public override ArticleEvent ReadJson(JsonReader reader, Type objectType, ArticleEvent? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        var o = JObject.Load(reader);
        var evidence = o["evidence"] as JObject;
        return new ArticleEvent(Enum.Parse<EventType>((string)o["type"]!))
        {
            Kind = (string?)o["kind"],
            Status = (string?)o["status"],
            Metric = (string?)o["metric"],
            Buyer = Company(o["buyer"]),
            Seller = Company(o["seller"]),
            Target = Company(o["target"]),
            Company = Company(o["company"]),
            Amount = Money(o["amount"]),
            Price = Money(o["price"]),
            Stake = Number(o["stake"]),
            Change = Number(o["change"]),
            Duration = o["duration"] is { Type: JTokenType.String } d ? new Entity(EntityType.DURATION, -1, -1, (string)d!) { Iso = (string?)d } : null,
            Period = o["period"] is { Type: JTokenType.String } p ? new Entity(EntityType.DATE, -1, -1, (string)p!) : null,
            Chips = o["chips"] is JArray chips ? [.. chips.Select(c => new Entity(EntityType.CHIP, -1, -1, (string)c!))] : [],
            EvidenceStart = (int?)evidence?["start"] ?? 0,
            EvidenceEnd = (int?)evidence?["end"] ?? 0,
        };
    }

    private static Entity? Company(JToken? token) =>
        token is { Type: JTokenType.String } ? new Entity(EntityType.COMPANY, -1, -1, (string)token!) { Canonical = (string?)token } : null;

    private static decimal? Decimal(JToken? token) =>
        token is { Type: JTokenType.Integer or JTokenType.Float }
            ? decimal.Parse(token.ToString(Formatting.None), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    private static EventFigure? Number(JToken? token) => Decimal(token) is { } v ? new EventFigure(v, null, null) : null;

    private static EventFigure? Money(JToken? token) =>
        token is JObject o && Decimal(o["value"]) is { } v ? new EventFigure(v, (string?)o["currency"], null) : null;
}
