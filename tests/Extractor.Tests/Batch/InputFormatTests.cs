using System.Text;
using Extractor.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Batch;

/// <summary>The formats archives come in: HTML pages, JSON Lines feeds and standard input.</summary>
public class InputFormatTests
{
    private static void AssertOffsetsRoundTrip(JObject record, string text)
    {
        foreach (var entity in (JArray)record["entities"]!)
        {
            int start = (int)entity["start"]!, end = (int)entity["end"]!;
            Assert.Equal((string)entity["text"]!, text[start..end]);
        }
    }

    [Fact]
    public void Html_text_comes_from_the_article_without_scripts_and_offsets_refer_to_it()
    {
        using var folder = new TempFolder();
        folder.Write("nota.html", """
            <!DOCTYPE html><html><head><title>No es texto</title><style>p { color: red }</style></head>
            <body><nav>Portada · Economía</nav>
            <article><h1>Repsol invertirá 300 millones</h1>
            <p>La petrolera   invertirá <b>300 millones de euros</b> en Tarragona.<br>El plan dura siete años.</p>
            <script>var precio = "900 millones de dólares";</script></article>
            <footer>© 2025 Diario</footer></body></html>
            """);

        var result = CliRunner.Run("extract", folder.Path, "--include-text");

        Assert.Equal(0, result.ExitCode);
        var record = JObject.Parse(result.Lines.Single());
        var text = (string)record["text"]!;
        Assert.Equal("Repsol invertirá 300 millones\n\nLa petrolera invertirá 300 millones de euros en Tarragona.\nEl plan dura siete años.", text);
        Assert.Equal(text.Length, (int)record["chars"]!);
        AssertOffsetsRoundTrip(record, text);
        var entities = ((JArray)record["entities"]!).Select(e => (string)e["text"]!).ToList();
        Assert.Contains("300 millones de euros", entities);
        Assert.DoesNotContain("900 millones de dólares", entities);
    }

    [Fact]
    public void Without_include_text_records_have_no_text_field()
    {
        using var folder = new TempFolder();
        folder.Write("a.htm", "<p>Inditex sube un 3%.</p>");
        var record = JObject.Parse(CliRunner.Run("extract", folder.Path).Lines.Single());
        Assert.Null(record["text"]);
        Assert.Equal("a.htm", (string)record["id"]!);
    }

    [Fact]
    public void Each_json_line_is_a_record_and_bad_lines_are_error_records()
    {
        using var folder = new TempFolder();
        folder.Write("feed.ndjson", string.Join('\n',
            "{\"id\":\"n-1\",\"body\":\"Repsol ganó 5 millones de euros.\"}",
            "",
            "{\"id\":42,\"body\":\"Inditex sube un 3%.\"}",
            "{\"body\":\"Sin identificador: baja un 1%.\"}",
            "{\"id\":\"roto\",\"body\":",
            "{\"id\":\"sin-texto\"}",
            "[1,2,3]",
            "{\"id\":\"num\",\"body\":7}") + "\n");

        var result = CliRunner.Run("extract", folder.Path, "--text-field", "body", "--include-text");

        Assert.Equal(1, result.ExitCode);
        var records = result.Lines.Select(JObject.Parse).ToList();
        Assert.Equal(new[] { "feed.ndjson#n-1", "feed.ndjson#42", "feed.ndjson#4", "feed.ndjson#5", "feed.ndjson#sin-texto", "feed.ndjson#7", "feed.ndjson#num" },
            records.Select(r => (string)r["id"]!).ToArray());
        Assert.Equal(new[] { false, false, false, true, true, true, true }, records.Select(r => r["error"]!.Type != JTokenType.Null).ToArray());
        Assert.Equal("5 millones de euros", (string)records[0]["entities"]!.Single(e => (string)e["type"]! == "MONEY")["text"]!);
        foreach (var record in records.Where(r => r["error"]!.Type == JTokenType.Null)) AssertOffsetsRoundTrip(record, (string)record["text"]!);
    }

    [Fact]
    public void The_id_field_can_be_renamed()
    {
        using var folder = new TempFolder();
        folder.Write("f.jsonl", "{\"guid\":\"x9\",\"text\":\"Sube un 2%.\"}\n");
        var result = CliRunner.Run("extract", folder.Path, "--id-field", "guid");
        Assert.Equal("f.jsonl#x9", (string)JObject.Parse(result.Lines.Single())["id"]!);
    }

    [Fact]
    public void Standard_input_is_one_article()
    {
        var result = CliRunner.RunWithInput(Encoding.UTF8.GetBytes("Telefónica ganó 1.200 millones de euros.\nSegunda línea."), "extract", "-");

        Assert.Equal(0, result.ExitCode);
        var record = JObject.Parse(result.Lines.Single());
        Assert.Equal("-", (string)record["id"]!);
        Assert.Contains("1.200 millones de euros", ((JArray)record["entities"]!).Select(e => (string)e["text"]!));
    }

    [Fact]
    public void Binary_standard_input_is_an_error_record()
    {
        var result = CliRunner.RunWithInput([0x00, 0x01, 0x02, 0x03], "extract", "-");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("binary", (string)JObject.Parse(result.Lines.Single())["error"]!);
    }
}
