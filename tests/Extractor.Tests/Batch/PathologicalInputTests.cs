using System.Text;
using Extractor.Batch;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Batch;

/// <summary>Archives as they really are: huge files, many files, deep trees, link loops, files that go away.</summary>
public class PathologicalInputTests
{
    private static readonly Lazy<SpanishFinancialExtractor> Extractor = new(SpanishFinancialExtractor.LoadDefault);

    [Fact]
    public void A_file_that_vanishes_after_listing_gives_an_error_record_and_the_run_goes_on()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Sube un 2%.");
        var vanishing = folder.Write("b.txt", "Baja un 1%.");
        folder.Write("c.jsonl", "{\"text\":\"Gana 3 millones de euros.\"}\n");
        var inputs = ArticleFiles.Enumerate([folder.Path]);
        File.Delete(vanishing);
        File.Delete(Path.Combine(folder.Path, "c.jsonl"));

        var output = new StringWriter { NewLine = "\n" };
        var totals = new BatchPipeline(new ArticleProcessor(Extractor.Value), new BatchOptions { Threads = 2 }).Run(inputs, output);

        var records = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToList();
        Assert.Equal(new[] { "a.txt", "b.txt", "c.jsonl" }, records.Select(r => (string)r["id"]!).ToArray());
        Assert.StartsWith("file not found", (string)records[1]["error"]!);
        Assert.StartsWith("file not found", (string)records[2]["error"]!);
        Assert.Equal(2, totals.Errors);
    }

    [Fact]
    public void Symbolic_link_loops_are_not_followed_and_no_file_is_listed_twice()
    {
        using var folder = new TempFolder();
        folder.Write("a/uno.txt", "Sube un 2%.");
        folder.Write("b/dos.txt", "Baja un 1%.");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "a", "loop"), folder.Path);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "b", "self"), Path.Combine(folder.Path, "b"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "a", "sibling"), Path.Combine(folder.Path, "b"));

        var result = CliRunner.Run("extract", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "a/uno.txt", "b/dos.txt" }, result.Lines.Select(l => (string)JObject.Parse(l)["id"]!).ToArray());
    }

    [Fact]
    public void A_deep_folder_tree_is_walked_without_recursion_limits()
    {
        using var folder = new TempFolder();
        var relative = string.Join('/', Enumerable.Repeat("d", 300)) + "/hondo.txt";
        folder.Write(relative, "Repsol gana 2 millones de euros.");
        folder.Write("arriba.txt", "Sube un 2%.");

        var result = CliRunner.Run("extract", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "arriba.txt", relative }, result.Lines.Select(l => (string)JObject.Parse(l)["id"]!).ToArray());
    }

    [Fact]
    public void Many_small_files_come_out_once_each_in_sorted_order()
    {
        using var folder = new TempFolder();
        // 200,000 files in production; 4,000 here keeps CI fast while exercising the same code path.
        const int files = 4_000;
        for (int i = 0; i < files; i++)
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(folder.Path, $"g{i % 37}")).FullName, $"{i}.txt"), $"Sube un {i % 100}%.");

        var result = CliRunner.Run("extract", folder.Path, "--quiet");

        Assert.Equal(0, result.ExitCode);
        var ids = result.Lines.Select(l => (string)JObject.Parse(l)["id"]!).ToList();
        Assert.Equal(files, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(files, ids.Distinct().Count());
    }

    [Fact]
    public void One_large_article_is_extracted_whole()
    {
        // 50 MB in production; 5 MB here, built from real articles so every recogniser has work.
        var article = new StringBuilder();
        foreach (var file in CorpusCopies.TrainingArticles.Take(40)) article.Append(File.ReadAllText(file)).Append("\n\n");
        var text = new StringBuilder();
        while (text.Length < 5_000_000) text.Append(article);
        using var folder = new TempFolder();
        folder.Write("grande.txt", text.ToString());

        var result = CliRunner.Run("extract", folder.Path, "--include-text");

        Assert.Equal(0, result.ExitCode);
        var record = JObject.Parse(result.Lines.Single());
        Assert.Equal(text.Length, (int)record["chars"]!);
        var entities = (JArray)record["entities"]!;
        Assert.True(entities.Count > 1000);
        var decoded = (string)record["text"]!;
        int previousEnd = 0;
        foreach (var entity in entities)
        {
            int start = (int)entity["start"]!, end = (int)entity["end"]!;
            Assert.True(start >= previousEnd);
            Assert.Equal((string)entity["text"]!, decoded[start..end]);
            previousEnd = end;
        }
    }

    [Fact]
    public void A_file_over_the_size_limit_is_an_error_record()
    {
        using var folder = new TempFolder();
        var big = folder.Write("big.txt", new string('a', 2_000));
        var record = new ArticleProcessor(Extractor.Value, maxBytes: 1_000).Process(new ArticleInput("big.txt", big));
        Assert.StartsWith("file too large", record.Error);
    }
}
