using Extractor.Events;
using Extractor.Records;

namespace Extractor.Cli.Rendering;

/// <summary>
/// One event as a card: who did what (buyer → seller or target, the company of a result or stock move), the
/// figures (amount, stake, change, price, term, period), the chips, and the sentence that states it with a link
/// to where it stands in the text.
/// </summary>
internal static class EventCardHtml
{
    public static void Write(TextWriter html, ArticleEvent e, string? text, string? evidenceAnchor)
    {
        html.Write($"<div class=\"card {e.Type}\" data-type=\"{e.Type}\"><div class=\"head\"><b>{Label(e.Type)}</b>");
        if (e.Kind is not null) html.Write($" · {Html.Escape(e.Kind)}");
        if (e.Metric is not null) html.Write($" · {Html.Escape(e.Metric.Replace('_', ' '))}");
        if (e.Status is not null) html.Write($" <span class=\"status {Html.Escape(e.Status)}\">{Html.Escape(e.Status)}</span>");
        html.Write("</div><div class=\"parties\">");
        WriteParties(html, e);
        html.Write("</div><dl>");
        if (e.Amount is { } amount) Slot(html, "amount", Figures.Money(amount), Figures.Plain(amount.Value) + " " + amount.Currency);
        if (e.Stake is { } stake) Slot(html, "stake", Figures.Percent(stake.Value));
        if (e.Change is { } change) Slot(html, "change", Figures.Change(change.Value), cssClass: change.Value < 0 ? "down" : change.Value > 0 ? "up" : null);
        if (e.Price is { } price) Slot(html, "price", Figures.Money(price), Figures.Plain(price.Value) + " " + price.Currency);
        if (e.Duration is { } duration) Slot(html, "term", Figures.Duration(duration.Iso ?? duration.Text), duration.Iso);
        if (e.Period is { } period) Slot(html, "period", period.Text);
        if (e.Chips.Count > 0)
        {
            html.Write("<dt>chips</dt><dd>");
            foreach (var chip in e.Chips)
                html.Write($"<span class=\"chiptag\"{(chip.Vendor is { } v ? $" title=\"{Html.Escape(v)}\"" : "")}>{Html.Escape(chip.Text)}</span> ");
            html.Write("</dd>");
        }
        html.Write("</dl>");
        if (Evidence(text, e) is { } sentence)
        {
            html.Write($"<blockquote>{Html.Escape(sentence)}</blockquote>");
            if (evidenceAnchor is not null) html.Write($"<a class=\"goto\" href=\"#{evidenceAnchor}\">in the text ↓</a>");
        }
        html.Write("</div>");
    }

    public static string Label(EventType type) => type switch
    {
        EventType.DEAL => "Deal",
        EventType.INVESTMENT => "Investment",
        EventType.RESULTS => "Results",
        EventType.STOCK_MOVE => "Stock move",
        _ => type.ToString(),
    };

    private static void WriteParties(TextWriter html, ArticleEvent e)
    {
        if (e.Type != EventType.DEAL)
        {
            Party(html, "company", e.Company);
            return;
        }
        Party(html, "buyer", e.Buyer);
        var other = e.Target ?? e.Seller;
        if (other is null) return;
        html.Write(e.Kind == "merger" ? " <span class=\"arrow\">⇄</span> " : " <span class=\"arrow\">→</span> ");
        Party(html, e.Target is not null ? "target" : "seller", other);
        if (e.Target is not null && e.Seller is not null)
        {
            html.Write(" <span class=\"from\">from</span> ");
            Party(html, "seller", e.Seller);
        }
    }

    private static void Party(TextWriter html, string role, Entity? company)
    {
        if (ArticleEvent.NameOf(company) is not { } name) return;
        html.Write($"<span class=\"party\"><small>{role}</small>{Html.Escape(name)}</span>");
    }

    private static void Slot(TextWriter html, string name, string shown, string? exact = null, string? cssClass = null)
    {
        html.Write($"<dt>{name}</dt><dd");
        if (cssClass is not null) html.Write($" class=\"{cssClass}\"");
        if (exact is not null) html.Write($" title=\"{Html.Escape(exact)}\"");
        html.Write($">{Html.Escape(shown)}</dd>");
    }

    // Long sentences are cut: the card is a pointer to the text, not a second copy of it.
    private const int EvidenceChars = 280;

    private static string? Evidence(string? text, ArticleEvent e)
    {
        if (text is null || e.EvidenceStart < 0 || e.EvidenceEnd > text.Length || e.EvidenceStart >= e.EvidenceEnd) return null;
        var sentence = text[e.EvidenceStart..e.EvidenceEnd].Trim();
        if (sentence.Length <= EvidenceChars) return sentence;
        int cut = EvidenceChars;
        if (char.IsLowSurrogate(sentence[cut])) cut--;
        return sentence[..cut].TrimEnd() + "…";
    }
}
