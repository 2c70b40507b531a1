using Extractor.Events;
using Extractor.Records;

namespace Extractor.Cli.Rendering;

/// <summary>
/// The front page of a report: articles and errors, entities by type (which is also the legend), events by type,
/// the companies most mentioned, money by currency, and the table of deals, each row linking to its article.
/// </summary>
internal static class OverviewHtml
{
    public const int TopCompanies = 50;

    public static void Write(TextWriter html, BatchOverview overview, string title)
    {
        html.Write($"<header><h1>{Html.Escape(title)}</h1><p class=\"totals\">{Count(overview.Articles, "article")} · {overview.Errors:N0} with errors · {Count(overview.Chars, "character")} · {Count(overview.EntityMentions.Sum(), "entity", "entities")} · {Count(overview.Events.Sum(), "event")}</p></header>");
        html.Write("<section class=\"overview\" id=\"overview\">");

        html.Write("<div class=\"panel\"><h2>Entities by type</h2><table class=\"types\"><thead><tr><th>type</th><th class=\"n\">mentions</th><th class=\"n\">articles</th></tr></thead><tbody>");
        foreach (var style in EntityStyles.All)
            html.Write($"<tr><td><mark class=\"{style.Type}\" title=\"{Html.Escape(style.Meaning)}\">{style.Type}</mark></td><td class=\"n\">{overview.EntityMentions[(int)style.Type]:N0}</td><td class=\"n\">{overview.EntityArticles[(int)style.Type]:N0}</td></tr>");
        html.Write("</tbody></table>");
        html.Write("<h2>Events by type</h2><table class=\"types\"><tbody>");
        foreach (var type in Enum.GetValues<EventType>())
            html.Write($"<tr><td><span class=\"evtag {type}\">{EventCardHtml.Label(type)}</span></td><td class=\"n\">{overview.Events[(int)type]:N0}</td></tr>");
        html.Write("</tbody></table></div>");

        html.Write($"<div class=\"panel top\"><h2>Companies most mentioned</h2><p class=\"note\">{overview.DistinctCompanies:N0} companies by canonical name; click one to list its articles.</p><table class=\"companies\"><thead><tr><th>company</th><th class=\"n\">mentions</th><th class=\"n\">articles</th></tr></thead><tbody>");
        foreach (var company in overview.TopCompanies(TopCompanies))
            html.Write($"<tr><td><button type=\"button\" class=\"link\" data-filter=\"{Html.Escape(company.Name)}\">{Html.Escape(company.Name)}</button></td><td class=\"n\">{company.Mentions:N0}</td><td class=\"n\">{company.Articles:N0}</td></tr>");
        html.Write("</tbody></table></div>");

        html.Write("<div class=\"panel top\"><h2>Money by currency</h2><table class=\"money\"><thead><tr><th>currency</th><th class=\"n\" title=\"MONEY mentions\">mentions</th><th class=\"n\">deals</th><th class=\"n\">deal total</th><th class=\"n\" title=\"INVESTMENT events\">invest.</th><th class=\"n\">invest. total</th></tr></thead><tbody>");
        foreach (var c in overview.Currencies)
        {
            string? code = c.Currency == BatchOverview.NoCurrency ? null : c.Currency;
            html.Write($"<tr><td>{Html.Escape(c.Currency)}</td><td class=\"n\">{c.Mentions:N0}</td><td class=\"n\">{c.Deals:N0}</td><td class=\"n\">{(c.Deals > 0 ? Html.Escape(Figures.Money(c.DealTotal, code)) : "")}</td><td class=\"n\">{c.Investments:N0}</td><td class=\"n\">{(c.Investments > 0 ? Html.Escape(Figures.Money(c.InvestmentTotal, code)) : "")}</td></tr>");
        }
        html.Write("</tbody></table><p class=\"note\">Totals add the amounts of DEAL and INVESTMENT events; a MONEY mention repeated in an article is counted each time.</p></div>");
        html.Write("</section>");

        WriteDeals(html, overview.Deals);
    }

    public static string Count(long n, string one, string? many = null) => $"{n:N0} {(n == 1 ? one : many ?? one + "s")}";

    private static void WriteDeals(TextWriter html, IReadOnlyList<BatchOverview.Deal> deals)
    {
        html.Write($"<section id=\"deals\"><div class=\"panel deals\"><h2>Deals ({deals.Count:N0})</h2>");
        if (deals.Count == 0) { html.Write("<p class=\"note\">No DEAL events in these records.</p></div></section>"); return; }
        html.Write("<table><thead><tr><th>buyer</th><th>seller / target</th><th>kind</th><th>status</th><th class=\"n\">amount</th><th class=\"n\">stake</th><th>term</th><th>chips</th><th>article</th></tr></thead><tbody>");
        foreach (var deal in deals)
        {
            var e = deal.Event;
            string counterpart = string.Join(" / ", new[] { ArticleEvent.NameOf(e.Seller), ArticleEvent.NameOf(e.Target) }.Where(n => n is not null).Select(Html.Escape));
            html.Write($"<tr><td>{Html.Escape(ArticleEvent.NameOf(e.Buyer))}</td><td>{counterpart}</td><td>{Html.Escape(e.Kind)}</td><td>{Html.Escape(e.Status)}</td>");
            html.Write($"<td class=\"n\">{(e.Amount is { } a ? Html.Escape(Figures.Money(a)) : "")}</td><td class=\"n\">{(e.Stake is { } s ? Figures.Percent(s.Value) : "")}</td>");
            html.Write($"<td>{Html.Escape(Figures.Duration(e.Duration?.Iso ?? e.Duration?.Text))}</td><td>{Html.Escape(string.Join(", ", e.Chips.Select(c => c.Text)))}</td>");
            html.Write($"<td><a href=\"#a{deal.Article}\">{Html.Escape(deal.ArticleId)}</a></td></tr>");
        }
        html.Write("</tbody></table></div></section>");
    }
}
