using Extractor.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Cli;

/// <summary>The scorer reads both gold layouts, pools the headline types into a micro row and refuses mismatched ids.</summary>
public class EvaluateCommandTests
{
    private const string Text = "Iberdrola ganó 300 millones de euros, un 4 % más.";

    private const string Gold = """
        {"id": "ID", "entities": [
          {"type": "COMPANY", "start": 0, "end": 9, "text": "Iberdrola", "canonical": "Iberdrola"},
          {"type": "MONEY", "start": 15, "end": 36, "text": "300 millones de euros", "value": 300000000, "currency": "EUR"},
          {"type": "PERCENT", "start": 41, "end": 44, "text": "4 %", "value": 4, "unit": "%"}
        ]}
        """;

    private static string PressLayout(TempFolder folder)
    {
        folder.Write("press/articles/01.txt", Text);
        folder.Write("press/articles/SOURCES.tsv", "NN\turl\n01\thttps://example.invalid\n");
        folder.Write("press/gold/01.json", Gold.Replace("ID", "01.txt"));
        return System.IO.Path.Combine(folder.Path, "press");
    }

    private static string Prediction(string id) =>
        $$"""{"id": "{{id}}", "chars": {{Text.Length}}, "entities": [{"type": "MONEY", "start": 15, "end": 36, "text": "300 millones de euros", "value": 300000000, "currency": "EUR"}], "error": null}""" + "\n";

    [Fact]
    public void Reads_articles_and_gold_folders_and_prints_a_micro_row()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("evaluate", PressLayout(folder), "--json");
        Assert.Equal(0, result.ExitCode);
        var rows = JArray.Parse(result.Stdout).ToDictionary(t => (string)t["type"]!);
        Assert.Equal(1, (int)rows["MONEY"]["gold"]!);
        Assert.Equal(1.0, (double)rows["MONEY"]["f1"]!);
        var micro = rows["micro over MONEY, PERCENT, COMPANY, DURATION, CHIP, PERSON"];
        Assert.Equal(3, (int)micro["gold"]!);
    }

    [Fact]
    public void Reads_the_corpus_layout_and_lists_errors()
    {
        using var folder = new TempFolder();
        folder.Write("split/007.txt", Text);
        folder.Write("split/007.json", Gold.Replace("ID", "007.txt").Replace("\"start\": 41, \"end\": 44, \"text\": \"4 %\"", "\"start\": 41, \"end\": 42, \"text\": \"4\""));
        var result = CliRunner.Run("evaluate", System.IO.Path.Combine(folder.Path, "split"), "--errors");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| micro over MONEY, PERCENT, COMPANY, DURATION, CHIP, PERSON |", result.Stdout);
        Assert.Contains(result.Lines, l => l.StartsWith("007.txt\tPARTIAL\tPERCENT\t4 %", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("01.txt")]
    [InlineData("articles/01.txt")]
    public void Scores_predictions_named_as_extract_names_them(string id)
    {
        using var folder = new TempFolder();
        var gold = PressLayout(folder);
        var pred = folder.Write("pred.jsonl", Prediction(id));
        var result = CliRunner.Run("evaluate", gold, "--pred", pred, "--json");
        Assert.Equal(0, result.ExitCode);
        var rows = JArray.Parse(result.Stdout).ToDictionary(t => (string)t["type"]!);
        Assert.Equal(1.0, (double)rows["MONEY"]["precision"]!);
        Assert.Equal(0, (int)rows["COMPANY"]["predicted"]!);
    }

    [Fact]
    public void Refuses_predictions_whose_ids_are_not_the_gold_articles()
    {
        using var folder = new TempFolder();
        var gold = PressLayout(folder);
        var pred = folder.Write("pred.jsonl", Prediction("other/01.txt"));
        var result = CliRunner.Run("evaluate", gold, "--pred", pred);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("do not match the gold articles", result.Stderr);
        Assert.Contains("01.txt", result.Stderr);
        Assert.Contains("other/01.txt", result.Stderr);
    }

    [Fact]
    public void Refuses_predictions_that_lack_a_gold_article_or_add_one()
    {
        using var folder = new TempFolder();
        var gold = PressLayout(folder);
        var extra = folder.Write("extra.jsonl", Prediction("01.txt") + Prediction("02.txt"));
        Assert.Equal(2, CliRunner.Run("evaluate", gold, "--pred", extra).ExitCode);
        var empty = folder.Write("empty.jsonl", "");
        Assert.Equal(2, CliRunner.Run("evaluate", gold, "--pred", empty).ExitCode);
    }

    [Fact]
    public void Refuses_a_folder_without_gold()
    {
        using var folder = new TempFolder();
        folder.Write("texts/01.txt", Text);
        var result = CliRunner.Run("evaluate", System.IO.Path.Combine(folder.Path, "texts"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No gold articles", result.Stderr);
    }
}
