using Extractor.Records;
using Extractor.Tests.Support;

namespace Extractor.Tests.Rendering;

/// <summary>
/// <c>extractor render</c> read back with an HTML parser (runs everywhere, no browser): every entity is a mark with
/// its exact text, every event a card, nothing refers outside the page, and hostile text stays text.
/// </summary>
public class RenderStructureTests
{
    private static (ReportDom Dom, string Html, CliRunner.Result Run) Render(TempFolder folder, IEnumerable<ArticleRecord> records, params string[] extra)
    {
        var input = folder.Write("records.jsonl", string.Concat(records.Select(r => RecordJson.ToJsonLine(r) + "\n")));
        return RenderFile(folder, input, extra);
    }

    private static (ReportDom Dom, string Html, CliRunner.Result Run) RenderFile(TempFolder folder, string records, params string[] extra)
    {
        var output = Path.Combine(folder.Path, "report.html");
        var run = CliRunner.Run(["render", records, "-o", output, .. extra]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var html = File.ReadAllText(output);
        return (new ReportDom(html), html, run);
    }

    private static string Cell(AngleSharp.Dom.IElement row, int column) => row.QuerySelectorAll("td")[column].TextContent;

    [Fact]
    public void An_event_of_every_type_becomes_a_card_and_every_entity_a_mark()
    {
        using var folder = new TempFolder();
        var record = RenderFixtures.WithEvents();
        var (dom, _, _) = Render(folder, [record]);
        var article = dom.Article(RenderFixtures.EventsId);
        ReportDom.AssertShows(article, record);
        Assert.Equal(["DEAL", "DEAL", "INVESTMENT", "RESULTS", "STOCK_MOVE"], ReportDom.Cards(article).Select(c => c.GetAttribute("data-type")));
        Assert.Empty(dom.ExternalReferences());
    }

    [Fact]
    public void A_card_reads_buyer_to_seller_with_amount_term_and_chips()
    {
        using var folder = new TempFolder();
        var (dom, _, _) = Render(folder, [RenderFixtures.WithEvents()]);
        var contract = ReportDom.Cards(dom.Article(RenderFixtures.EventsId))[1];
        Assert.Equal("buyerTelefónica → sellerNvidia", contract.QuerySelector(".parties")!.TextContent.Trim());
        var slots = contract.QuerySelectorAll("dt").Select(dt => $"{dt.TextContent}: {dt.NextElementSibling!.TextContent.Trim()}");
        Assert.Equal(["amount: 300 m USD", "term: 5 years", "chips: H200"], slots);
        var stock = ReportDom.Cards(dom.Article(RenderFixtures.EventsId))[4];
        Assert.Equal("down", stock.QuerySelector("dd")!.ClassName);
    }

    [Fact]
    public void The_front_page_counts_types_companies_deals_and_money_by_currency()
    {
        using var folder = new TempFolder();
        var (dom, _, _) = Render(folder, [RenderFixtures.WithEvents(), RenderFixtures.WithEvents() with { Id = "b.txt" }]);
        var counts = dom.Document.QuerySelectorAll(".overview table.types")[0].QuerySelectorAll("tbody tr")
            .ToDictionary(r => Cell(r, 0), r => Cell(r, 1));
        Assert.Equal("10", counts["MONEY"]);
        Assert.Equal("14", counts["COMPANY"]);
        var deals = dom.Document.QuerySelectorAll("#deals tbody tr");
        Assert.Equal(4, deals.Length);
        Assert.Equal("#a2", deals[3].QuerySelector("a")!.GetAttribute("href"));
        var money = dom.Document.QuerySelectorAll(".overview table.money tbody tr").ToDictionary(r => Cell(r, 0), r => r);
        Assert.Equal("2.4 bn EUR", Cell(money["EUR"], 3));
        Assert.Equal("4 bn EUR", Cell(money["EUR"], 5));
        Assert.Contains("Iberdrola", dom.Document.QuerySelectorAll(".companies button").Select(b => b.TextContent));
    }

    [Fact]
    public void Hostile_ids_text_and_slots_stay_text()
    {
        using var folder = new TempFolder();
        var record = RenderFixtures.Hostile();
        var (dom, html, _) = Render(folder, [record]);
        var article = dom.Article(RenderFixtures.HostileId);
        var marks = ReportDom.Marks(article);
        Assert.Equal(RenderFixtures.HostileMarkup, marks[0].TextContent);
        Assert.Contains("canonical: </mark><script>alert(5)</script>", marks[0].GetAttribute("title"));
        Assert.Single(dom.Document.QuerySelectorAll("script"));
        // The text holds only marks and evidence anchors; the cards only the report's own elements.
        Assert.All(article.QuerySelectorAll(".text *"), e => Assert.True(e.LocalName is "mark" or "a", e.OuterHtml));
        Assert.Empty(article.QuerySelectorAll("img, i, .card b[onmouseover]"));
        Assert.Empty(dom.ExternalReferences());
        Assert.DoesNotContain("\u0001", html);
        Assert.Contains("default-src 'none'", dom.Document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
    }

    [Fact]
    public void Records_without_text_read_it_from_their_source_folder()
    {
        using var folder = new TempFolder();
        var corpus = Path.Combine(RepoPaths.Root, "corpus", "test");
        var withText = Path.Combine(folder.Path, "with-text.jsonl");
        var without = Path.Combine(folder.Path, "without.jsonl");
        Assert.Equal(0, CliRunner.Run("extract", corpus, "-o", withText, "-q", "--include-text").ExitCode);
        Assert.Equal(0, CliRunner.Run("extract", corpus, "-o", without, "-q").ExitCode);

        var (fromRecords, _, _) = RenderFile(folder, withText);
        var (fromSources, _, run) = RenderFile(folder, without, "--source", corpus);
        var records = File.ReadLines(withText).Select(l => RecordJson.FromJsonLine(l)!).ToList();
        Assert.Equal(records.Count, fromSources.Articles.Count);
        foreach (var record in records)
        {
            ReportDom.AssertShows(fromRecords.Article(record.Id), record);
            ReportDom.AssertShows(fromSources.Article(record.Id), record);
        }
        Assert.DoesNotContain("no text", run.Stderr);
        Assert.Empty(fromSources.ExternalReferences());
    }

    [Fact]
    public void Without_text_or_sources_the_entities_are_listed_and_the_user_told_how_to_get_text()
    {
        using var folder = new TempFolder();
        var record = RenderFixtures.WithEvents() with { Text = null };
        var (dom, _, run) = Render(folder, [record]);
        ReportDom.AssertShows(dom.Article(RenderFixtures.EventsId), record);
        Assert.Contains("--include-text", run.Stderr);
        Assert.Contains("--source", run.Stderr);
    }

    [Fact]
    public void A_line_that_is_not_a_record_is_shown_as_an_error_and_the_rest_rendered()
    {
        using var folder = new TempFolder();
        var input = folder.Write("records.jsonl", "{\"id\": \"cut\", \"entities\": [{\"type\"\n" + RecordJson.ToJsonLine(RenderFixtures.WithEvents()) + "\n");
        var (dom, _, _) = RenderFile(folder, input);
        Assert.Contains("not a record", dom.Article("line 1").QuerySelector(".err")!.TextContent);
        ReportDom.AssertShows(dom.Article(RenderFixtures.EventsId), RenderFixtures.WithEvents());
    }

    [Fact]
    public void Entities_that_do_not_match_the_text_are_counted_not_drawn_elsewhere()
    {
        using var folder = new TempFolder();
        var record = RenderFixtures.WithEvents();
        var shifted = record with { Entities = [.. record.Entities.Select(e => e with { Start = e.Start + 1, End = e.End + 1 })], Events = [] };
        var (dom, _, run) = Render(folder, [shifted]);
        Assert.Empty(ReportDom.Marks(dom.Article(RenderFixtures.EventsId)));
        Assert.Contains($"{record.Entities.Count} entities are not highlighted", run.Stderr);
    }

    [Fact]
    public void Lines_that_are_not_records_never_stop_the_report()
    {
        using var folder = new TempFolder();
        string good = RecordJson.ToJsonLine(RenderFixtures.WithEvents());
        var lines = new[]
        {
            "[1, 2]", "null", "\"text\"", "{}", "{\"id\": null}", "{\"id\": 7}",
            "{\"id\": \"a\", \"entities\": null, \"events\": null}",
            "{\"id\": \"b\", \"entities\": [null, {\"type\": \"99\", \"start\": 0, \"end\": 1, \"text\": \"x\"}], \"text\": \"xyz\"}",
            "{\"id\": \"c\", \"entities\": [{\"type\": \"MONEY\", \"start\": -5, \"end\": 99, \"value\": 1e300}]}",
            "{\"id\": \"d\", \"events\": [{\"type\": \"DEAL\", \"amount\": {\"value\": 79228162514264337593543950335, \"currency\": \"EUR\"}}, {\"type\": \"DEAL\", \"amount\": {\"value\": 79228162514264337593543950335, \"currency\": \"EUR\"}, \"evidence\": {\"start\": 5, \"end\": 2}}], \"text\": \"abc\"}",
            "{\"id\": \"e\", \"entities\": [{\"type\": \"COMPANY\", \"start\": 2, \"end\": 4, \"text\": \"cd\"}, {\"type\": \"COMPANY\", \"start\": 1, \"end\": 3, \"text\": \"bc\"}], \"text\": \"abcdef\"}",
            good,
        };
        var input = folder.Write("records.jsonl", string.Join("\n", lines) + "\n");
        var (dom, _, _) = RenderFile(folder, input);
        Assert.Equal(lines.Length, dom.Articles.Count);
        ReportDom.AssertShows(dom.Article(RenderFixtures.EventsId), RenderFixtures.WithEvents());
        Assert.Single(ReportDom.Marks(dom.Article("e")));
    }

    [Fact]
    public void Sources_in_html_and_json_lines_are_read_as_extract_reads_them()
    {
        using var inputs = new TempFolder();
        inputs.Write("web/nota.html", "<html><body><nav>Portada</nav><article><h1>Repsol gana 300 millones</h1><p>Repsol ganó 300 millones de euros, un 12% más, según Ana Pérez.</p></article></body></html>");
        inputs.Write("feed.jsonl", "{\"id\": \"x1\", \"text\": \"Iberdrola invertirá 2.000 millones de euros en cinco años.\"}\n\n{\"text\": \"Telefónica sube un 3% en bolsa.\"}\n");
        inputs.Write("antigua.txt", System.Text.Encoding.Latin1.GetBytes("Endesa ganó 1.200 millones de euros en el año, un 5% menos."));
        using var folder = new TempFolder();
        var withText = Path.Combine(folder.Path, "with-text.jsonl");
        var without = Path.Combine(folder.Path, "without.jsonl");
        Assert.Equal(0, CliRunner.Run("extract", inputs.Path, "-o", withText, "-q", "--include-text").ExitCode);
        Assert.Equal(0, CliRunner.Run("extract", inputs.Path, "-o", without, "-q").ExitCode);

        var (dom, _, run) = RenderFile(folder, without, "--source", inputs.Path);
        var records = File.ReadLines(withText).Select(l => RecordJson.FromJsonLine(l)!).ToList();
        Assert.Equal(["antigua.txt", "feed.jsonl#3", "feed.jsonl#x1", "web/nota.html"], records.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(records, r => Assert.NotEmpty(r.Entities));
        foreach (var record in records)
        {
            ReportDom.AssertShows(dom.Article(record.Id), record);
            Assert.Equal(record.Text!.Replace("\r\n", "\n"), dom.Article(record.Id).QuerySelector(".text")!.TextContent);
        }
        Assert.Equal("", run.Stderr.Split('\n').Skip(1).FirstOrDefault() ?? "");
    }
}
