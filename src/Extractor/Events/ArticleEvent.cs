using Newtonsoft.Json;
using Extractor.Records;
using Stj = System.Text.Json.Serialization;

namespace Extractor.Events;

/// <summary>
/// One fact of EVENTS.md: who did what, for how much. Slots point to the article's entities, so a caller can go
/// from the event to the text; the record writes their normalised values (canonical names, amounts, ISO
/// durations). Slots the article does not give are null.
/// </summary>
/// <param name="Type">The event type.</param>
[JsonConverter(typeof(ArticleEventJsonConverter))]
[Stj.JsonConverter(typeof(SystemTextJsonBridge<ArticleEvent>))]
public sealed record ArticleEvent(EventType Type)
{
    /// <summary>DEAL: acquisition, stake, merger, investment or contract.</summary>
    public string? Kind { get; init; }

    /// <summary>DEAL and INVESTMENT: proposed, agreed, completed or cancelled.</summary>
    public string? Status { get; init; }

    /// <summary>DEAL: the company that pays (acquirer, investor, client).</summary>
    public Entity? Buyer { get; init; }

    /// <summary>DEAL: the company paid (provider, previous owner).</summary>
    public Entity? Seller { get; init; }

    /// <summary>DEAL: the company acquired or invested in.</summary>
    public Entity? Target { get; init; }

    /// <summary>INVESTMENT, RESULTS, STOCK_MOVE: the company.</summary>
    public Entity? Company { get; init; }

    /// <summary>RESULTS: revenue, net_profit, operating_profit, ebitda or other.</summary>
    public string? Metric { get; init; }

    /// <summary>DEAL, INVESTMENT, RESULTS: the money involved (negative for a loss).</summary>
    public EventFigure? Amount { get; init; }

    /// <summary>DEAL: the share acquired, in percent.</summary>
    public EventFigure? Stake { get; init; }

    /// <summary>RESULTS, STOCK_MOVE: the signed change in percent.</summary>
    public EventFigure? Change { get; init; }

    /// <summary>STOCK_MOVE: the price per share.</summary>
    public EventFigure? Price { get; init; }

    /// <summary>DEAL, INVESTMENT: the term.</summary>
    public Entity? Duration { get; init; }

    /// <summary>RESULTS, STOCK_MOVE: the DATE entity naming the period.</summary>
    public Entity? Period { get; init; }

    /// <summary>DEAL: the chips the deal is about, each once.</summary>
    public IReadOnlyList<Entity> Chips { get; init; } = [];

    /// <summary>Start of the sentence that states the event (for people to read; not scored).</summary>
    public int EvidenceStart { get; init; }

    /// <summary>End of that sentence.</summary>
    public int EvidenceEnd { get; init; }

    /// <summary>A party's name as the record writes it: the canonical name.</summary>
    public static string? NameOf(Entity? company) => company is null ? null : company.Canonical ?? company.Text;
}
