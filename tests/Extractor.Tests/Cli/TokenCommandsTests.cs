using Extractor.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Cli;

public class TokenCommandsTests
{
    [Fact]
    public void Tokenize_prints_one_json_line_per_token_with_offsets_and_kind()
    {
        using var folder = new TempFolder();
        const string text = "Nvidia vende GB200 por 3,5 millones.";
        var file = folder.Write("a.txt", text);
        var result = CliRunner.Run("tokenize", file);
        Assert.Equal(0, result.ExitCode);
        var tokens = result.Lines.Select(JObject.Parse).ToList();
        Assert.Equal(7, tokens.Count);
        Assert.All(tokens, t => Assert.Equal((string)t["text"]!, text[(int)t["start"]!..(int)t["end"]!]));
        Assert.Equal("AlphaNumeric", (string)tokens[2]["kind"]!);
    }

    [SkippableFact]
    public void Eval_tokens_meets_the_targets_on_the_UD_test_files()
    {
        var ancora = RepoPaths.RequireShared("data", "ud", "UD_Spanish-AnCora", "es_ancora-ud-test.conllu");
        var gsd = RepoPaths.RequireShared("data", "ud", "UD_Spanish-GSD", "es_gsd-ud-test.conllu");
        var result = CliRunner.Run("eval-tokens", ancora, gsd);
        Assert.Equal(0, result.ExitCode);
        var rows = result.Lines.Skip(1).Select(l => l.Split('\t')).ToDictionary(c => c[0]);
        double F(string file, int column) => double.Parse(rows[file][column], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(F("es_ancora-ud-test.conllu", 4) >= 99.8, result.Stdout);
        Assert.True(F("es_gsd-ud-test.conllu", 4) >= 99.8, result.Stdout);
        Assert.True(F("es_ancora-ud-test.conllu", 8) >= 95.0, result.Stdout);
    }
}
