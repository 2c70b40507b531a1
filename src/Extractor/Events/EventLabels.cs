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

    // Which entity type fills which role, and which roles each event type has, come from the guide's table
    // (EventSchema); these sets only make the look-ups cheap on the hot path.
    private static readonly HashSet<Records.EntityType> RoleTypes =
        [.. Role.Where(EventSchema.EntitySlots.ContainsKey).Select(r => EventSchema.EntitySlots[r])];

    private static readonly HashSet<(EventType, Records.EntityType)> FrameRoleTypes =
        [.. from type in Enum.GetValues<EventType>()
            from slot in EventSchema.Slots[type]
            where Role.Contains(slot)
            select (type, EventSchema.EntitySlots[slot])];

    /// <summary>The entity types that can fill some role.</summary>
    public static bool CanFillRole(Records.EntityType type) => RoleTypes.Contains(type);

    /// <summary>Whether a frame of this event type has a role for this entity type (a results figure has no chips).</summary>
    public static bool FrameTakes(EventType type, Records.EntityType entity) => FrameRoleTypes.Contains((type, entity));

    /// <summary>Whether an entity of this type can play this role.</summary>
    public static bool RoleFits(Records.EntityType type, string role) =>
        EventSchema.EntitySlots.TryGetValue(role, out var slotType) && slotType == type;

    /// <summary>Whether an entity of this type can play role number <paramref name="role"/> of <see cref="Role"/>.</summary>
    public static bool RoleFits(Records.EntityType type, int role) => RoleFitsByType[(int)type * Role.Length + role];

    // RoleFits for every entity type and role, asked for each role of each pair on the hot path.
    private static readonly bool[] RoleFitsByType =
        [.. from type in Enum.GetValues<Records.EntityType>() from role in Role select RoleFits(type, role)];

    public static EventType TypeOf(string anchorLabel) => Enum.Parse<EventType>(anchorLabel[..anchorLabel.IndexOf('.')]);

    public static string SlotOf(string anchorLabel)
    {
        // The classifier's own labels (asked for every anchor) take their slot from a table, without a new string.
        int known = Array.IndexOf(Anchor, anchorLabel);
        return known >= 0 ? AnchorSlots[known] : anchorLabel[(anchorLabel.IndexOf('.') + 1)..];
    }

    private static readonly string[] AnchorSlots = [.. Anchor.Select(l => l[(l.IndexOf('.') + 1)..])];
}
