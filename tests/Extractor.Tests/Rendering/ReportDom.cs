using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Extractor.Events;
using Extractor.Records;
using Entity = Extractor.Records.Entity;

namespace Extractor.Tests.Rendering;

/// <summary>
/// A rendered report read back as a DOM (the written file, or what a browser made of it after its script ran),
/// with the checks every report must pass: each entity a mark of its type holding exactly its text, each event a
/// card of its type naming its parties and figures, and nothing that reaches outside the page.
/// </summary>
public sealed class ReportDom
{
    public ReportDom(string html) => Document = new HtmlParser().ParseDocument(html);

    public IDocument Document { get; }

    public IReadOnlyList<IElement> Articles => [.. Document.QuerySelectorAll("section.article")];

    public IElement Article(string id) => Assert.Single(Articles, a => a.GetAttribute("data-id") == id);

    public static IReadOnlyList<IElement> Marks(IElement article) => [.. article.QuerySelectorAll(".text mark, .entitylist mark")];

    public static IReadOnlyList<IElement> Cards(IElement article) => [.. article.QuerySelectorAll(".card")];

    /// <summary>Asserts that the article's section shows every entity and event of its record.</summary>
    public static void AssertShows(IElement article, ArticleRecord record)
    {
        var marks = Marks(article);
        // HTML parsing turns CR LF into LF, so an entity spanning a Windows line break reads back with LF.
        Assert.Equal(
            record.Entities.Select(e => (e.Type.ToString(), e.Text.Replace("\r\n", "\n").Replace('\r', '\n'))),
            marks.Select(m => (m.ClassName ?? "", m.TextContent)));
        for (int i = 0; i < record.Entities.Count; i++)
            AssertTooltip(marks[i], record.Entities[i]);

        var cards = Cards(article);
        Assert.Equal(record.Events.Count, cards.Count);
        for (int i = 0; i < record.Events.Count; i++) AssertCard(cards[i], record.Events[i]);
    }

    private static void AssertTooltip(IElement mark, Entity e)
    {
        var title = mark.GetAttribute("title") ?? "";
        Assert.StartsWith(e.Type.ToString(), title);
        if (e.Canonical is not null) Assert.Contains("canonical: " + e.Canonical, title);
        if (e.Vendor is not null) Assert.Contains("vendor: " + e.Vendor, title);
        if (e.Currency is not null) Assert.Contains("currency: " + e.Currency, title);
        if (e.Number is { } n) Assert.Equal(n, decimal.Parse(Line(title, "value: "), CultureInfo.InvariantCulture));
        else if (e.Iso is not null) Assert.StartsWith(e.Iso, Line(title, "value: "));
    }

    private static void AssertCard(IElement card, ArticleEvent e)
    {
        Assert.Equal(e.Type.ToString(), card.GetAttribute("data-type"));
        var parties = card.QuerySelectorAll(".party").Select(p => p.TextContent).ToList();
        foreach (var (role, company) in new[] { ("buyer", e.Buyer), ("seller", e.Seller), ("target", e.Target), ("company", e.Company) })
            if (ArticleEvent.NameOf(company) is { } name) Assert.Contains(role + name, parties);
        var slots = card.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!);
        if (e.Amount is { } amount) AssertMoney(slots["amount"], amount);
        if (e.Price is { } price) AssertMoney(slots["price"], price);
        if (e.Stake is { } stake) Assert.Equal(stake.Value, Number(slots["stake"].TextContent));
        if (e.Change is { } change) Assert.Equal(change.Value, Number(slots["change"].TextContent.Replace('\u2212', '-')));
        if (e.Duration is { } duration) Assert.Equal(duration.Iso, slots["term"].GetAttribute("title"));
        if (e.Period is { } period) Assert.Equal(period.Text, slots["period"].TextContent);
        Assert.Equal(e.Chips.Select(c => c.Text), card.QuerySelectorAll(".chiptag").Select(c => c.TextContent));
        foreach (var (value, slot) in new[] { (e.Kind, "kind"), (e.Status, "status"), (e.Metric?.Replace('_', ' '), "metric") })
            if (value is not null) Assert.Contains(value, card.QuerySelector(".head")!.TextContent);
    }

    private static void AssertMoney(IElement slot, EventFigure figure)
    {
        var exact = (slot.GetAttribute("title") ?? "").Split(' ');
        Assert.Equal(figure.Value, decimal.Parse(exact[0], CultureInfo.InvariantCulture));
        Assert.Equal(figure.Currency ?? "", exact.Length > 1 ? exact[1] : "");
    }

    private static decimal Number(string shown) =>
        decimal.Parse(shown.Replace("%", "").Replace("+", "").Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Line(string tooltip, string prefix) =>
        tooltip.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..].Split(' ')[0];

    /// <summary>Everything in the page that could load or link to something outside it.</summary>
    public IReadOnlyList<string> ExternalReferences()
    {
        var found = new List<string>();
        foreach (var element in Document.All)
        {
            if (element.LocalName is "link" or "base" or "iframe" or "frame" or "object" or "embed" or "img" or "video" or "audio" or "source" or "form")
                found.Add("<" + element.LocalName + ">");
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name is "src" or "srcset" or "action" or "formaction" or "poster" or "background" or "ping" or "xlink:href")
                    found.Add($"{attribute.Name}={attribute.Value}");
                if (attribute.Name == "href" && !attribute.Value.StartsWith('#')) found.Add($"href={attribute.Value}");
                if (attribute.Name.StartsWith("on", StringComparison.Ordinal)) found.Add($"{attribute.Name}=…");
                if (attribute.Name == "style") found.Add("style=…");
            }
        }
        foreach (var style in Document.QuerySelectorAll("style"))
            foreach (var banned in new[] { "url(", "@import" })
                if (style.TextContent.Contains(banned, StringComparison.OrdinalIgnoreCase)) found.Add("css " + banned);
        return found;
    }
}
