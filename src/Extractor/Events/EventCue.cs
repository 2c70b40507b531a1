namespace Extractor.Events;

/// <summary>What a cue word says about an event (see <c>Lexicons/event-cues.tsv</c>).</summary>
internal enum CueCategory
{
    /// <summary>A RESULTS metric (value: revenue, net_profit, operating_profit, ebitda, other, or loss).</summary>
    Metric,
    /// <summary>Share-price context: acciones, cotización, bolsa.</summary>
    Stock,
    /// <summary>The direction of a change (value: up or down).</summary>
    Move,
    /// <summary>A price per share follows or precedes: cerró a, por acción.</summary>
    Price,
    /// <summary>A DEAL kind (value: acquisition, stake, merger, investment, contract).</summary>
    Deal,
    /// <summary>The seller acts: vende, venta.</summary>
    Sale,
    /// <summary>Spending on the company's own operations.</summary>
    Invest,
    /// <summary>A DEAL or INVESTMENT status (value: proposed, agreed, completed, cancelled).</summary>
    Status,
}

/// <summary>One meaning of a cue word or phrase.</summary>
internal readonly record struct EventCue(CueCategory Category, string Value);

/// <summary>A cue phrase found in a document: tokens [First, End) and every meaning the lexicon gives it.</summary>
internal readonly record struct CueMatch(int First, int End, EventCue[] Cues)
{
    public bool Has(CueCategory category) => Array.Exists(Cues, c => c.Category == category);

    public string? Value(CueCategory category)
    {
        foreach (var cue in Cues) if (cue.Category == category) return cue.Value;
        return null;
    }
}
