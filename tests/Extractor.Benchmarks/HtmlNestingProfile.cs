using System.Diagnostics;
using System.Globalization;
using System.Text;
using Extractor.Batch;
using Extractor.Pipeline;

namespace Extractor.Benchmarks;

/// <summary>
/// <c>html-nesting [N…]</c>: the time to process a page of N unclosed nested <c>&lt;div&gt;&lt;span&gt;&lt;b&gt;</c>
/// groups (three elements each; 100,000 groups make the 1.4 MB page of the report) through the article path, which refuses pages nested deeper
/// than <see cref="Extractor.Input.HtmlArticleText.MaxDepth"/>; the unbounded parser took over 300 s for 100,000.
/// </summary>
public static class HtmlNestingProfile
{
    public static int Run(IEnumerable<int> sizes)
    {
        var processor = new ArticleProcessor(SpanishFinancialExtractor.LoadDefault());
        processor.ProcessBytes("warm.html", "<p>Repsol gana 3 millones de euros.</p>"u8, ArticleFormat.Html);
        Console.WriteLine("| nested groups | page size | seconds | record |");
        Console.WriteLine("|---:|---:|---:|---|");
        foreach (int size in sizes)
        {
            var page = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div><span><b>", size)) + "Repsol gana 3 millones de euros.");
            var clock = Stopwatch.StartNew();
            var record = processor.ProcessBytes($"nested-{size}.html", page, ArticleFormat.Html);
            clock.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {page.Length / 1e6:0.00} MB | {clock.Elapsed.TotalSeconds:0.000} | {record.Error ?? $"{record.Entities.Count} entities"} |"));
        }
        return 0;
    }
}
