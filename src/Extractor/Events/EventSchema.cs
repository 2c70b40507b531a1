using Extractor.Records;

namespace Extractor.Events;

/// <summary>
/// What EVENTS.md allows: the slots of each event type, which are required, the entity type each slot takes and
/// the values of the closed slots. The marked-format reader, the validator and the extractor share this table.
/// </summary>
internal static class EventSchema
{
    /// <summary>The slots each type may fill.</summary>
    public static IReadOnlyDictionary<EventType, string[]> Slots { get; } = new Dictionary<EventType, string[]>
    {
        [EventType.DEAL] = ["kind", "status", "buyer", "seller", "target", "amount", "stake", "duration", "chips"],
        [EventType.INVESTMENT] = ["company", "amount", "duration", "status"],
        [EventType.RESULTS] = ["company", "metric", "amount", "change", "period"],
        [EventType.STOCK_MOVE] = ["company", "change", "price", "period"],
    };

    /// <summary>The slots each type must fill (★ in EVENTS.md).</summary>
    public static IReadOnlyDictionary<EventType, string[]> Required { get; } = new Dictionary<EventType, string[]>
    {
        [EventType.DEAL] = ["kind", "status", "buyer"],
        [EventType.INVESTMENT] = ["company", "amount", "status"],
        [EventType.RESULTS] = ["company", "metric"],
        [EventType.STOCK_MOVE] = ["company"],
    };

    /// <summary>The entity type a slot takes its value from.</summary>
    public static IReadOnlyDictionary<string, EntityType> EntitySlots { get; } = new Dictionary<string, EntityType>
    {
        ["buyer"] = EntityType.COMPANY, ["seller"] = EntityType.COMPANY, ["target"] = EntityType.COMPANY,
        ["company"] = EntityType.COMPANY, ["amount"] = EntityType.MONEY, ["price"] = EntityType.MONEY,
        ["stake"] = EntityType.PERCENT, ["change"] = EntityType.PERCENT, ["duration"] = EntityType.DURATION,
        ["period"] = EntityType.DATE, ["chips"] = EntityType.CHIP,
    };

    /// <summary>The values of the closed slots.</summary>
    public static IReadOnlyDictionary<string, string[]> Values { get; } = new Dictionary<string, string[]>
    {
        ["kind"] = ["acquisition", "stake", "merger", "investment", "contract"],
        ["status"] = ["proposed", "agreed", "completed", "cancelled"],
        ["metric"] = ["revenue", "net_profit", "operating_profit", "ebitda", "other"],
    };

    /// <summary>The problems of an event against the schema (missing required slots, a figure missing where one is needed).</summary>
    public static IEnumerable<string> Problems(ArticleEvent e)
    {
        foreach (var slot in Required[e.Type])
            if (!Has(e, slot)) yield return $"{e.Type} needs {slot}";
        if (e.Type == EventType.RESULTS && e.Amount is null && e.Change is null) yield return "RESULTS needs amount or change";
        if (e.Type == EventType.STOCK_MOVE && e.Change is null && e.Price is null) yield return "STOCK_MOVE needs change or price";
        foreach (var (slot, value) in new[] { ("kind", e.Kind), ("status", e.Status), ("metric", e.Metric) })
            if (value is not null && !Values[slot].Contains(value)) yield return $"{slot} '{value}' is not one of {string.Join(", ", Values[slot])}";
        foreach (var slot in AllSlots)
            if (Has(e, slot) && !Slots[e.Type].Contains(slot)) yield return $"{e.Type} has no slot {slot}";
    }

    private static readonly string[] AllSlots = [.. Slots.Values.SelectMany(s => s).Distinct()];

    /// <summary>True when the event fills <paramref name="slot"/>.</summary>
    public static bool Has(ArticleEvent e, string slot) => slot switch
    {
        "kind" => e.Kind is not null,
        "status" => e.Status is not null,
        "metric" => e.Metric is not null,
        "buyer" => e.Buyer is not null,
        "seller" => e.Seller is not null,
        "target" => e.Target is not null,
        "company" => e.Company is not null,
        "amount" => e.Amount is not null,
        "stake" => e.Stake is not null,
        "change" => e.Change is not null,
        "price" => e.Price is not null,
        "duration" => e.Duration is not null,
        "period" => e.Period is not null,
        "chips" => e.Chips.Count > 0,
        _ => false,
    };
}
