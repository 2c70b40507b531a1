using System.Text;
using Extractor.Records;
using Extractor.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Cli;

public class ExtractCommandTests
{
    private static TempFolder MixedFolder()
    {
        var folder = new TempFolder();
        folder.Write("b/ok-2.txt", "Repsol invertirá 300 millones de euros en Tarragona.");
        folder.Write("a-ok-1.txt", "Iberdrola ganó un 12% más en el primer trimestre.");
        folder.Write("empty.txt", "");
        folder.Write("binary.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48 });
        folder.Write("latin1.txt", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("La compañía ganó 5 millones de €."));
        folder.Write("notes.md", "not an article");
        // A dangling link stands for a file that is listed but cannot be read.
        File.CreateSymbolicLink(Path.Combine(folder.Path, "unreadable.txt"), Path.Combine(folder.Path, "gone", "missing.txt"));
        return folder;
    }

    [Fact]
    public void A_mixed_folder_gives_one_record_per_file_in_sorted_order_with_errors_for_the_bad_ones()
    {
        using var folder = MixedFolder();
        var result = CliRunner.Run("extract", folder.Path);

        Assert.Equal(1, result.ExitCode);
        var records = result.Lines.Select(JObject.Parse).ToList();
        Assert.Equal(new[] { "a-ok-1.txt", "b/ok-2.txt", "binary.txt", "empty.txt", "latin1.txt", "unreadable.txt" },
            records.Select(r => (string)r["id"]!).ToArray());
        var byId = records.ToDictionary(r => (string)r["id"]!);
        Assert.Equal(JTokenType.Null, byId["a-ok-1.txt"]["error"]!.Type);
        Assert.Equal(0, (int)byId["empty.txt"]["chars"]!);
        Assert.Equal(JTokenType.Null, byId["empty.txt"]["error"]!.Type);
        Assert.Contains("binary", (string)byId["binary.txt"]["error"]!);
        Assert.Equal("windows-1252", (string)byId["latin1.txt"]["encoding"]!);
        Assert.Equal(JTokenType.Null, byId["latin1.txt"]["error"]!.Type);
        Assert.False(string.IsNullOrEmpty((string?)byId["unreadable.txt"]["error"]));
        Assert.All(records.Where(r => r["error"]!.Type != JTokenType.Null), r => Assert.Empty((JArray)r["entities"]!));
        Assert.Contains("files 6, errors 2", result.Stderr);
    }

    [Fact]
    public void Output_file_is_written_whole_and_no_partial_file_remains()
    {
        using var folder = MixedFolder();
        using var output = new TempFolder();
        var target = Path.Combine(output.Path, "out.jsonl");
        var result = CliRunner.Run("extract", folder.Path, "-o", target);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var lines = File.ReadAllLines(target, Encoding.UTF8);
        Assert.Equal(6, lines.Length);
        Assert.All(lines, line => Assert.NotNull(RecordJson.FromJsonLine(line)));
        Assert.Equal(new[] { "out.jsonl" }, Directory.GetFiles(output.Path).Select(Path.GetFileName).ToArray());
        Assert.False(File.ReadAllBytes(target).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "output must have no BOM");
    }

    [Fact]
    public void Good_files_only_exit_zero()
    {
        using var folder = new TempFolder();
        folder.Write("uno.txt", "Inditex abrirá 40 tiendas.");
        var result = CliRunner.Run("extract", folder.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Lines);
    }

    [Fact]
    public void A_single_file_is_identified_by_its_name()
    {
        using var folder = new TempFolder();
        var file = folder.Write("deep/folder/nota.txt", "Telefónica sube.");
        var result = CliRunner.Run("extract", file);
        Assert.Equal("nota.txt", (string)JObject.Parse(result.Lines.Single())["id"]!);
    }

    [Theory]
    [InlineData]
    [InlineData("extract")]
    [InlineData("extract", "x", "--no-such-flag")]
    [InlineData("no-such-command")]
    public void Bad_usage_exits_two(params string[] args) => Assert.Equal(2, CliRunner.Run(args).ExitCode);
}
