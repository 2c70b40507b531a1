using Extractor.Records;
using Extractor.Tests.Support;
using Xunit.Abstractions;

namespace Extractor.Tests.Rendering;

/// <summary>
/// The report in a real browser (headless Chromium): after the page's script ran, every entity is a mark with its
/// exact text and every event a card. Each test leaves the page and a screenshot in <c>artifacts/render/</c>.
/// </summary>
public class RenderBrowserTests(ITestOutputHelper output)
{
    private static readonly string Artifacts = Path.Combine(RepoPaths.Root, "artifacts", "render");

    private ReportDom RenderInBrowser(string records, string name, int height)
    {
        Directory.CreateDirectory(Artifacts);
        var html = Path.Combine(Artifacts, name + ".html");
        var run = CliRunner.Run("render", records, "-o", html);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var dom = new ReportDom(HeadlessChromium.DumpDom(html));
        Assert.Equal("1", dom.Document.DocumentElement.GetAttribute("data-ready"));
        Assert.Empty(dom.ExternalReferences());

        var png = Path.Combine(Artifacts, name + ".png");
        File.Delete(png);
        HeadlessChromium.Screenshot(html, png, 1280, height);
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is (nearly) empty");
        output.WriteLine($"{html}: {new FileInfo(html).Length:N0} bytes; screenshot {png} (1280x{height}, {new FileInfo(png).Length:N0} bytes)");
        return dom;
    }

    private void AssertEveryRecordShown(ReportDom dom, string records)
    {
        int entities = 0, events = 0;
        foreach (var record in File.ReadLines(records).Select(l => RecordJson.FromJsonLine(l)!))
        {
            ReportDom.AssertShows(dom.Article(record.Id), record);
            entities += record.Entities.Count;
            events += record.Events.Count;
        }
        output.WriteLine($"in the browser's DOM: {dom.Articles.Count} articles, {entities} entities highlighted with their exact text ({dom.Document.QuerySelectorAll("section.article mark").Length} marks), {events} events as cards ({dom.Document.QuerySelectorAll(".card").Length} cards)");
    }

    [SkippableFact]
    public void The_seed_article_in_headless_chromium()
    {
        var seed = RepoPaths.RequireShared("seeds", "amazon-openai-38000-millones.txt");
        Skip.If(HeadlessChromium.Path is null, HeadlessChromium.Missing);
        using var folder = new TempFolder();
        var records = Path.Combine(folder.Path, "seed.jsonl");
        Assert.Equal(0, CliRunner.Run("extract", seed, "-o", records, "-q", "--include-text").ExitCode);
        var dom = RenderInBrowser(records, "seed", 1600);
        Assert.Single(dom.Articles);
        AssertEveryRecordShown(dom, records);
    }

    [SkippableFact]
    public void The_test_corpus_in_headless_chromium()
    {
        Skip.If(HeadlessChromium.Path is null, HeadlessChromium.Missing);
        using var folder = new TempFolder();
        var records = Path.Combine(folder.Path, "test.jsonl");
        Assert.Equal(0, CliRunner.Run("extract", Path.Combine(RepoPaths.Root, "corpus", "test"), "-o", records, "-q", "--include-text").ExitCode);
        var dom = RenderInBrowser(records, "corpus-test", 1400);
        AssertEveryRecordShown(dom, records);
    }

    [SkippableFact]
    public void Events_of_every_type_in_headless_chromium()
    {
        Skip.If(HeadlessChromium.Path is null, HeadlessChromium.Missing);
        using var folder = new TempFolder();
        var records = folder.Write("events.jsonl", RecordJson.ToJsonLine(RenderFixtures.WithEvents()) + "\n" + RecordJson.ToJsonLine(RenderFixtures.Hostile()) + "\n");
        var dom = RenderInBrowser(records, "events", 1400);
        AssertEveryRecordShown(dom, records);
        // The hostile record's markup stayed text: the page's own script is the only one.
        Assert.Single(dom.Document.QuerySelectorAll("script"));
    }
}
