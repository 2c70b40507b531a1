namespace Extractor.Events;

/// <summary>An anchor the classifier took for an event slot, with the role each entity of its sentence plays.</summary>
internal sealed class EventFrame(EventAnchor anchor, string label)
{
    public EventAnchor Anchor { get; } = anchor;
    public string Label { get; } = label;
    // Read for every entity of the sentence and many times in assembly: parsed once, not at each reading.
    public EventType Type { get; } = EventLabels.TypeOf(label);
    public string Slot { get; } = EventLabels.SlotOf(label);

    /// <summary>(entity id, role, probability) for every entity whose most likely role is not none.</summary>
    public List<(int Entity, string Role, float Probability)> Roles { get; } = [];

    /// <summary>The most likely entity for a role, or -1.</summary>
    public int Best(string role)
    {
        int best = -1;
        float p = 0;
        foreach (var r in Roles)
            if (r.Role == role && r.Probability > p) { best = r.Entity; p = r.Probability; }
        return best;
    }
}
