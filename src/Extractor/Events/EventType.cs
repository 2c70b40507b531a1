namespace Extractor.Events;

/// <summary>The event types of EVENTS.md.</summary>
public enum EventType
{
    /// <summary>A transaction or binding agreement between two or more companies.</summary>
    DEAL,
    /// <summary>Spending a company commits on its own operations.</summary>
    INVESTMENT,
    /// <summary>A company's reported or forecast financial figure for a period.</summary>
    RESULTS,
    /// <summary>A company's share price moves.</summary>
    STOCK_MOVE,
}
