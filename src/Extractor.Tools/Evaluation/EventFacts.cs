using System.Globalization;
using Extractor.Events;

namespace Extractor.Evaluation;

/// <summary>
/// An event as the facts EVENTS.md scores: one (slot, value) per filled slot, one per chip, and a merger's two
/// parties as one set. Values are compared as the guide says: money by currency and within 0.5%, percentages
/// within 0.01, periods without case or a leading article or preposition.
/// </summary>
public sealed class EventFacts
{
    private static readonly string[] CoreSlots = ["buyer", "seller", "target", "company", "parties", "kind", "metric", "amount", "change", "price"];
    private static readonly HashSet<string> PeriodStopWords = ["el", "la", "los", "las", "en", "de", "del", "al", "a"];

    public EventFacts(ArticleEvent e)
    {
        Event = e;
        var facts = new List<(string Slot, object Value)>();
        void Add(string slot, object? value) { if (value is not null) facts.Add((slot, value)); }
        Add("kind", e.Kind);
        Add("status", e.Status);
        Add("metric", e.Metric);
        if (e.Kind == "merger")
            Add("parties", string.Join(" + ", new[] { ArticleEvent.NameOf(e.Buyer), ArticleEvent.NameOf(e.Target) }.OfType<string>().Order(StringComparer.Ordinal)));
        else
        {
            Add("buyer", ArticleEvent.NameOf(e.Buyer));
            Add("target", ArticleEvent.NameOf(e.Target));
        }
        Add("seller", ArticleEvent.NameOf(e.Seller));
        Add("company", ArticleEvent.NameOf(e.Company));
        Add("amount", e.Amount);
        Add("stake", e.Stake);
        Add("change", e.Change);
        Add("price", e.Price);
        Add("duration", e.Duration?.Iso);
        Add("period", e.Period is null ? null : NormalisePeriod(e.Period.Text));
        foreach (var chip in e.Chips.Select(c => c.Text).Distinct()) Add("chips", chip);
        Facts = facts;
    }

    public ArticleEvent Event { get; }

    public IReadOnlyList<(string Slot, object Value)> Facts { get; }

    /// <summary>How many of <paramref name="other"/>'s facts this event shares (each fact used once).</summary>
    public int Shared(EventFacts other)
    {
        var left = other.Facts.ToList();
        int shared = 0;
        foreach (var fact in Facts)
        {
            int i = left.FindIndex(f => f.Slot == fact.Slot && Same(f.Value, fact.Value));
            if (i >= 0) { shared++; left.RemoveAt(i); }
        }
        return shared;
    }

    /// <summary>True when <paramref name="prediction"/> has this (gold) event's core: parties, kind or metric, figures.</summary>
    public bool CoreMatchedBy(EventFacts prediction) =>
        Facts.Where(f => CoreSlots.Contains(f.Slot))
            .All(f => prediction.Facts.Any(p => p.Slot == f.Slot && Same(p.Value, f.Value)));

    public static bool Same(object a, object b) => (a, b) switch
    {
        (EventFigure x, EventFigure y) when x.Currency is not null || y.Currency is not null || IsMoney(x) || IsMoney(y) =>
            x.Currency == y.Currency && Math.Abs(x.Value - y.Value) <= 0.005m * Math.Max(Math.Abs(x.Value), Math.Abs(y.Value)),
        (EventFigure x, EventFigure y) => Math.Abs(x.Value - y.Value) <= 0.01m,
        _ => Equals(a, b),
    };

    // An amount with currency null is still money: its value is large or the slot says so; percentages never carry one.
    private static bool IsMoney(EventFigure f) => f.Source?.Type == Records.EntityType.MONEY;

    public static string NormalisePeriod(string period)
    {
        var words = period.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int skip = words.Length > 1 && PeriodStopWords.Contains(words[0]) ? 1 : 0;
        return string.Join(' ', words.Skip(skip));
    }

    public static string Describe(string slot, object value) => value switch
    {
        EventFigure { Currency: { } c } f => string.Create(CultureInfo.InvariantCulture, $"{slot}={f.Value} {c}"),
        EventFigure f => string.Create(CultureInfo.InvariantCulture, $"{slot}={f.Value}"),
        _ => $"{slot}={value}",
    };
}
