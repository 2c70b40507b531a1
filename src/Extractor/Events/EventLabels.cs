namespace Extractor.Events;

/// <summary>The labels of the two event classifiers.</summary>
internal static class EventLabels
{
    public const string None = "none";

    /// <summary>What an anchor states: a slot of an event type (<c>RESULTS.amount</c>), a figureless deal, or nothing.</summary>
    public static readonly string[] Anchor =
    [
        None, "DEAL.amount", "DEAL.stake", "DEAL.trigger", "INVESTMENT.amount",
        "RESULTS.amount", "RESULTS.change", "STOCK_MOVE.change", "STOCK_MOVE.price",
    ];

    /// <summary>The role an entity of the anchor's sentence plays in its event.</summary>
    public static readonly string[] Role = [None, "buyer", "seller", "target", "company", "duration", "period", "chips"];

    /// <summary>The entity types that can fill a role.</summary>
    public static bool CanFillRole(Records.EntityType type) =>
        type is Records.EntityType.COMPANY or Records.EntityType.DURATION or Records.EntityType.DATE or Records.EntityType.CHIP;

    public static EventType TypeOf(string anchorLabel) => Enum.Parse<EventType>(anchorLabel[..anchorLabel.IndexOf('.')]);

    public static string SlotOf(string anchorLabel) => anchorLabel[(anchorLabel.IndexOf('.') + 1)..];
}
