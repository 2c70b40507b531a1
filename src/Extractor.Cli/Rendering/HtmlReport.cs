using Extractor.Records;

namespace Extractor.Cli.Rendering;

/// <summary>
/// Writes one self-contained HTML page for a file of records: a bar with the legend and a filter, the batch
/// overview, then every article (collapsed when there are many) with its event cards and its text highlighted.
/// Two passes over the records: the first gathers the overview, the second writes the articles one at a time, so
/// memory holds one article's text whatever the batch size. Nothing outside the page is referenced, and the
/// page's security policy forbids loading anything.
/// </summary>
internal sealed class HtmlReport
{
    /// <summary>Up to this many articles the page opens with every article expanded.</summary>
    public const int OpenUpTo = 5;

    private readonly Func<IEnumerable<ArticleRecord>> _records;
    private readonly SourceTexts? _sources;

    public HtmlReport(Func<IEnumerable<ArticleRecord>> records, SourceTexts? sources)
    {
        _records = records;
        _sources = sources;
    }

    public sealed record Totals(int Articles, int Entities, int Unmarked, int Events, int WithoutText);

    public Totals Write(TextWriter html, string title)
    {
        var overview = new BatchOverview();
        int article = 0;
        foreach (var record in _records()) overview.Add(++article, record);

        html.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">");
        html.Write($"<title>{Html.Escape(title)}</title><style>\n{ReportAssets.Css}{EntityStyles.Css()}</style></head>\n<body>");
        WriteBar(html);
        OverviewHtml.Write(html, overview, title);

        html.Write($"<section id=\"articles\"><h2 class=\"list\">Articles (<span id=\"shown\">{overview.Articles}</span> of {overview.Articles})</h2>");
        html.Write("<div class=\"tools\"><button type=\"button\" id=\"expand\">expand all</button><button type=\"button\" id=\"collapse\">collapse all</button></div>\n");
        bool open = overview.Articles <= OpenUpTo;
        int entities = 0, unmarked = 0, events = 0, withoutText = 0;
        article = 0;
        foreach (var record in _records())
        {
            var shown = ArticleHtml.Write(html, ++article, record, TextOf(record, out var problem), problem, open);
            entities += record.Entities.Count;
            events += record.Events.Count;
            unmarked += shown.Unmarked;
            if (!shown.HadText && record.Error is null) withoutText++;
            html.Write('\n');
        }
        html.Write($"</section><script>\n{ReportAssets.Script}</script></body></html>\n");
        return new Totals(article, entities, unmarked, events, withoutText);
    }

    private string? TextOf(ArticleRecord record, out string? problem)
    {
        problem = null;
        if (record.Text is not null || record.Error is not null) return record.Text;
        if (_sources is null)
        {
            problem = "the record has no text: write it with extract --include-text, or pass --source with the inputs";
            return null;
        }
        return _sources.Find(record.Id, out problem);
    }

    private static void WriteBar(TextWriter html)
    {
        html.Write("<nav class=\"bar\"><a href=\"#overview\">Overview</a><a href=\"#deals\">Deals</a><a href=\"#articles\">Articles</a><span class=\"legend\" title=\"click a type to switch its highlight off\">");
        foreach (var style in EntityStyles.All)
            html.Write($"<button type=\"button\" class=\"sw {style.Type}\" data-type=\"{style.Type}\" title=\"{Html.Escape(style.Meaning)}\">{style.Label}</button>");
        html.Write("</span><input id=\"filter\" type=\"search\" placeholder=\"filter articles by id or company\" aria-label=\"filter articles\"></nav>");
    }
}
