using Extractor.Records;

namespace Extractor.Cli.Rendering;

/// <summary>
/// One article of the report: a summary line (id, counts, main companies, error) that opens onto its event cards
/// and its highlighted text. The section carries the lower-cased id and company names the filter searches.
/// </summary>
internal static class ArticleHtml
{
    public sealed record Shown(bool HadText, int Unmarked);

    public static Shown Write(TextWriter html, int number, ArticleRecord record, string? text, string? problem, bool open)
    {
        string anchor = $"a{number}";
        var companies = record.Entities.Where(e => e.Type == EntityType.COMPANY)
            .GroupBy(e => e.Canonical ?? e.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        string search = string.Join("|", companies.Prepend(record.Id)).ToLowerInvariant();
        html.Write($"<section class=\"article\" id=\"{anchor}\" data-id=\"{Html.Escape(record.Id)}\" data-search=\"{Html.Escape(search)}\">");
        html.Write($"<details{(open ? " open" : "")}><summary><span class=\"aid\">{Html.Escape(record.Id)}</span><span class=\"meta\">");
        html.Write($"{OverviewHtml.Count(record.Entities.Count, "entity", "entities")} · {OverviewHtml.Count(record.Events.Count, "event")}");
        if (companies.Count > 0) html.Write(" · " + Html.Escape(string.Join(", ", companies.Take(3))));
        html.Write("</span>");
        if (record.Error is not null) html.Write($"<span class=\"err\">error: {Html.Escape(record.Error)}</span>");
        html.Write("</summary><div class=\"body\">");

        var anchors = new List<(int Offset, string Id)>();
        if (record.Events.Count > 0)
        {
            html.Write("<div class=\"cards\">");
            for (int i = 0; i < record.Events.Count; i++)
            {
                var e = record.Events[i];
                string? evidence = text is not null && e.EvidenceStart >= 0 && e.EvidenceStart < e.EvidenceEnd && e.EvidenceEnd <= text.Length
                    ? $"{anchor}-e{i + 1}" : null;
                if (evidence is not null) anchors.Add((e.EvidenceStart, evidence));
                EventCardHtml.Write(html, e, text, evidence);
            }
            html.Write("</div>");
        }

        int unmarked = 0;
        if (text is not null)
        {
            html.Write("<div class=\"text\" lang=\"es\">");
            unmarked = ArticleTextHtml.Write(html, text, record.Entities, anchors);
            html.Write("</div>");
            if (unmarked > 0)
                html.Write($"<p class=\"missing\">{unmarked} entities are not highlighted: their offsets do not hold their text, or they overlap another.</p>");
        }
        else if (record.Error is null)
        {
            html.Write($"<p class=\"missing\">Text not available: {Html.Escape(problem)}. The entities as the record gives them:</p><p class=\"entitylist\" lang=\"es\">");
            foreach (var e in record.Entities)
                html.Write($"<mark class=\"{e.Type}\" title=\"{Html.Tooltip(Figures.Describe(e))}\">{Html.Escape(e.Text)}</mark> ");
            html.Write("</p>");
        }
        html.Write("</div></details></section>");
        return new Shown(text is not null, unmarked);
    }
}
