using Extractor.Corpus;
using Extractor.Tests.Support;

namespace Extractor.Tests.Corpus;

public class CorpusTests
{
    private static string CorpusDir => Path.Combine(RepoPaths.Root, "corpus");

    [Fact]
    public void The_converted_files_match_the_marked_sources()
    {
        using var output = new TempFolder();
        int converted = CorpusConverter.Convert(Path.Combine(CorpusDir, "marked"), output.Path);
        Assert.True(converted >= 300);
        foreach (var split in new[] { "train", "dev", "test" })
        {
            var expected = Directory.GetFiles(Path.Combine(output.Path, split)).Select(Path.GetFileName).Order().ToArray();
            var committed = Directory.GetFiles(Path.Combine(CorpusDir, split)).Select(Path.GetFileName).Order().ToArray();
            Assert.Equal(expected, committed);
            foreach (var name in expected)
                Assert.True(File.ReadAllBytes(Path.Combine(output.Path, split, name!)).AsSpan()
                    .SequenceEqual(File.ReadAllBytes(Path.Combine(CorpusDir, split, name!))), $"{split}/{name} is stale: run convert-corpus");
        }
    }

    [Fact]
    public void Validate_corpus_passes_on_the_whole_corpus()
    {
        var result = CliRunner.Run("validate-corpus", CorpusDir);
        Assert.True(result.ExitCode == 0, result.Stdout);
        Assert.Contains("corpus valid", result.Stdout);
    }

    [Fact]
    public void The_validator_catches_a_span_that_does_not_match_its_text()
    {
        using var folder = new TempFolder();
        folder.Write("001.txt", "Repsol gana 10 millones.");
        folder.Write("001.json", """{"id":"001.txt","entities":[{"type":"COMPANY","start":0,"end":7,"text":"Repsol ","canonical":"Repsol"},{"type":"PERSON","start":7,"end":11,"text":"Gana"},{"type":"MONEY","start":12,"end":23,"text":"10 millones","value":10000000,"currency":"euros"}]}""");
        var problems = CorpusValidator.Validate(folder.Path);
        Assert.Contains(problems, p => p.Contains("text differs"));
        Assert.Contains(problems, p => p.Contains("whitespace"));
        Assert.Contains(problems, p => p.Contains("ISO 4217"));
    }

    [Fact]
    public void Coverage_targets_are_met()
    {
        var stats = CorpusStatistics.Compute(CorpusDir).ToDictionary(r => r.Name, r => r.Count);
        Assert.True(stats["articles"] >= 300);
        Assert.True(stats["distinct companies (canonical)"] >= 300);
        Assert.True(stats["distinct currencies"] >= 10);
        Assert.True(stats["articles naming chips"] >= 60);
        Assert.True(stats["distinct chip names"] >= 50);
        Assert.True(stats["words per article, fewest"] >= 250 && stats["words per article, most"] <= 800);
    }

    [Fact]
    public void The_blind_second_annotation_agrees_with_the_gold()
    {
        var result = CliRunner.Run("agreement", Path.Combine(CorpusDir, "review"), Path.Combine(CorpusDir, "test"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("articles 20", result.Stdout);
        var f1 = double.Parse(result.Stdout.Split("overall F1 (exact span and type): ")[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(f1 >= 0.95, result.Stdout);
    }

    [Fact]
    public void Gazetteers_hold_the_promised_entries()
    {
        int Rows(string name) => File.ReadLines(Path.Combine(RepoPaths.Root, "models", "gazetteers", name)).Count(l => l.Length > 0 && l[0] != '#') - 1;
        Assert.True(Rows("companies.tsv") >= 1000);
        Assert.True(Rows("chips.tsv") >= 150);
    }

    /// <summary>A regression guard on the dev split (never the test split): the figures the README reports must hold.</summary>
    [Fact]
    public void Rule_types_stay_above_target_on_the_dev_split()
    {
        // The first wave's dev articles keep the targets they were built to; the whole split, which now holds the
        // second wave's press styles ('$' of many countries), is held to the level measured when it was added.
        using var firstWave = DevSplit.FirstWave();
        foreach (var (folder, valueAccuracy) in new[] { (firstWave.Path, 0.98), (Path.Combine(CorpusDir, "dev"), 0.975) })
        {
            var result = CliRunner.Run("evaluate", folder, "--json");
            var scores = Newtonsoft.Json.Linq.JArray.Parse(result.Stdout).ToDictionary(t => (string)t["type"]!);
            foreach (var type in new[] { "MONEY", "PERCENT", "DURATION" })
            {
                Assert.True((double)scores[type]["f1"]! >= 0.97, $"{type} F1 {scores[type]["f1"]} on {folder}");
                Assert.True((double)scores[type]["value_accuracy"]! >= valueAccuracy, $"{type} value accuracy {scores[type]["value_accuracy"]} on {folder}");
            }
        }
    }
}
