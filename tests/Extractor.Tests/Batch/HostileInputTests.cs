using System.Diagnostics;
using System.Text;
using Extractor.Batch;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Batch;

/// <summary>
/// What a hostile archive holds: special files, endless files, endless lines, pathological HTML, symbol runs,
/// unreadable and over-long paths. Each costs at most its own error record, bounded time and bounded memory.
/// </summary>
public class HostileInputTests
{
    private static readonly Lazy<SpanishFinancialExtractor> Extractor = new(SpanishFinancialExtractor.LoadDefault);

    private static List<JObject> Records(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToList();

    // Runs the CLI in-process but gives up (failing the test) instead of hanging the suite.
    private static CliRunner.Result RunBounded(params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "the run hung");
        return run.Result;
    }

    [Fact]
    public void A_fifo_named_like_an_article_gives_an_error_record_instead_of_hanging_the_run()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Sube un 2%.");
        Assert.Equal(0, Process.Start("mkfifo", Path.Combine(folder.Path, "x.txt")).WaitForExitAndCode());
        folder.Write("z.txt", "Baja un 1%.");

        var result = RunBounded("extract", folder.Path, "--quiet");

        Assert.Equal(1, result.ExitCode);
        var records = Records(result.Stdout);
        Assert.Equal(new[] { "a.txt", "x.txt", "z.txt" }, records.Select(r => (string)r["id"]!).ToArray());
        Assert.Contains("not a regular file", (string)records[1]["error"]!);
    }

    [Fact]
    public void Links_to_dev_zero_give_error_records_as_text_and_as_json_lines()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "cero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "cero.jsonl"), "/dev/zero");

        var result = RunBounded("extract", folder.Path, "--quiet");

        Assert.Equal(1, result.ExitCode);
        var records = Records(result.Stdout);
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Contains("not a regular file", (string)r["error"]!));
    }

    [Fact]
    public void A_read_stops_at_the_limit_whatever_size_the_file_reports()
    {
        // A stream that reports no length and never ends, as /dev/zero or a file still being written.
        Assert.Null(ArticleProcessor.ReadAtMost(new EndlessStream(), maxBytes: 100_000, expected: 0));
        Assert.Equal(5, ArticleProcessor.ReadAtMost(new MemoryStream(new byte[5]), maxBytes: 5, expected: 0)!.Length);
        Assert.Null(ArticleProcessor.ReadAtMost(new MemoryStream(new byte[6]), maxBytes: 5, expected: 0));
    }

    [Fact]
    public void An_over_long_json_line_is_an_error_record_and_reading_goes_on()
    {
        using var folder = new TempFolder();
        folder.Write("feed.jsonl",
            "{\"id\":\"a\",\"text\":\"Sube un 2%.\"}\n"
            + "{\"id\":\"b\",\"text\":\"" + new string('x', 5_000) + "\"}\n"
            + "{\"id\":\"c\",\"text\":\"Baja un 1%.\"}\n");
        var output = new StringWriter { NewLine = "\n" };
        var processor = new ArticleProcessor(Extractor.Value, maxBytes: 1_000);

        var totals = new BatchPipeline(processor, new BatchOptions { Threads = 2 }).Run(ArticleFiles.Enumerate([folder.Path]), output);

        var records = Records(output.ToString());
        Assert.Equal(new[] { "feed.jsonl#a", "feed.jsonl#2", "feed.jsonl#c" }, records.Select(r => (string)r["id"]!).ToArray());
        Assert.StartsWith("line too long", (string)records[1]["error"]!);
        Assert.Equal(JTokenType.Null, records[2]["error"]!.Type);
        Assert.Equal(1, totals.Errors);
    }

    [Fact]
    public void Html_with_twenty_thousand_nested_unclosed_groups_is_refused_with_an_error_record()
    {
        // 100,000 deep took over five minutes in the parser; the time is measured by the benchmark program
        // (`dotnet run -c Release --project tests/Extractor.Benchmarks -- html-nesting`), not here.
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span><b>", 20_000)) + "Repsol gana 3 millones de euros.";
        var record = new ArticleProcessor(Extractor.Value).ProcessBytes("nido.html", Encoding.UTF8.GetBytes(page), ArticleFormat.Html);
        Assert.StartsWith("HTML refused", record.Error);
    }

    [Fact]
    public void Sloppy_html_with_hundreds_of_unclosed_paragraphs_is_still_read()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<p>Sube un 2%.", 2_000)) + "<div><div><p>Repsol gana 3 millones de euros.</div></div>";
        var record = new ArticleProcessor(Extractor.Value).ProcessBytes("viejo.html", Encoding.UTF8.GetBytes(page), ArticleFormat.Html);
        Assert.Null(record.Error);
        Assert.Contains(record.Entities, e => e.Text == "3 millones de euros");
    }

    [Theory]
    [InlineData("%")]
    [InlineData("% ")]
    public void Memory_for_two_megabytes_of_percent_signs_stays_proportional_to_the_text(string unit)
    {
        // 20 MB of '%' cost 6.9 GB (345 bytes per byte): a token per sign, all in one endless sentence for which
        // the name model held a few hundred bytes per token at once. A run of one mark is now one token, and
        // sentences are cut at 512 tokens (the spaced signs keep a token each and test that cut); what a whole
        // extraction allocates (all of it, not only what is live at once) stays under 120 bytes per character.
        var text = new StringBuilder().Insert(0, unit, 2_000_000 / unit.Length).ToString();
        var processor = new ArticleProcessor(Extractor.Value);
        processor.ProcessText("warm.txt", "Repsol gana 3 millones de euros.", "utf-8");

        long before = GC.GetAllocatedBytesForCurrentThread();
        var record = processor.ProcessText("pct.txt", text, "utf-8");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(record.Error);
        Assert.InRange(allocated, 0, 120L * text.Length);
    }

    [Fact]
    public void A_folder_path_longer_than_the_system_allows_gives_an_error_record()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Sube un 2%.");
        // Two chains of 200-character folders, each short enough to create, joined by a rename into one path of
        // over 4,096 characters (PATH_MAX), which no call can open by its full name.
        var name = new string('n', 200);
        var deep = Path.Combine(folder.Path, "hondo", Path.Combine(Enumerable.Repeat(name, 15).ToArray()));
        Directory.CreateDirectory(deep);
        var chain = Path.Combine(folder.Path, "resto");
        var chainEnd = Path.Combine(chain, Path.Combine(Enumerable.Repeat(name, 6).ToArray()));
        Directory.CreateDirectory(chainEnd);
        File.WriteAllText(Path.Combine(chainEnd, "b.txt"), "Baja un 1%.");
        Directory.Move(chain, Path.Combine(deep, "resto"));
        CliRunner.Result result;
        try
        {
            result = RunBounded("extract", folder.Path, "--quiet");
        }
        finally
        {
            // Back to a length the clean-up can delete.
            Directory.Move(Path.Combine(deep, "resto"), chain);
        }

        Assert.Equal(1, result.ExitCode);
        var records = Records(result.Stdout);
        Assert.Equal("a.txt", (string)records[0]["id"]!);
        Assert.Contains(records, r => ((string?)r["error"] ?? "").Contains("path too long"));
    }

    [SkippableFact]
    public void An_unreadable_folder_gives_an_error_record()
    {
        Skip.If(Environment.UserName == "root", "root reads every folder; run as another user to see this");
        if (!OperatingSystem.IsLinux()) return;
        using var folder = new TempFolder();
        folder.Write("a.txt", "Sube un 2%.");
        folder.Write("cerrada/b.txt", "Baja un 1%.");
        File.SetUnixFileMode(Path.Combine(folder.Path, "cerrada"), UnixFileMode.None);
        try
        {
            var result = RunBounded("extract", folder.Path, "--quiet");
            Assert.Equal(1, result.ExitCode);
            var records = Records(result.Stdout);
            Assert.Equal(new[] { "a.txt", "cerrada/" }, records.Select(r => (string)r["id"]!).ToArray());
            Assert.StartsWith("unreadable folder", (string)records[1]["error"]!);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(folder.Path, "cerrada"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Same_named_files_from_different_arguments_and_repeated_json_ids_get_unique_ids()
    {
        using var folder = new TempFolder();
        var first = folder.Write("d1/x.txt", "Sube un 2%.");
        var second = folder.Write("d2/x.txt", "Baja un 1%.");
        var feed = folder.Write("feed.jsonl", "{\"id\":\"n1\",\"text\":\"Sube un 2%.\"}\n{\"id\":\"n1\",\"text\":\"Baja un 1%.\"}\n{\"id\":\"n1~2\",\"text\":\"Baja un 3%.\"}\n");

        var result = CliRunner.Run("extract", first, second, feed, "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "x.txt", "x.txt~2", "feed.jsonl#n1", "feed.jsonl#n1~2", "feed.jsonl#n1~2~2" },
            Records(result.Stdout).Select(r => (string)r["id"]!).ToArray());
    }

    [Fact]
    public void A_missing_path_on_the_command_line_is_an_error_record_that_names_it()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "no-existe.txt");
        var result = CliRunner.Run("extract", missing, "--quiet");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, (string)Records(result.Stdout).Single()["error"]!);
    }

    [Fact]
    public void A_closed_standard_output_stops_the_run_with_its_own_exit_code()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 200; i++) folder.Write($"{i:D3}.txt", $"Repsol gana {i} millones de euros.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { CliProcess.Assembly, "extract", folder.Path, "--threads", "1" }) start.ArgumentList.Add(arg);
        using var child = Process.Start(start)!;
        // The reader of the pipe goes away at once, as `| head -0` would.
        child.StandardOutput.Close();
        var stderr = child.StandardError.ReadToEnd();
        Assert.True(child.WaitForExit(TimeSpan.FromSeconds(60)));

        Assert.Equal(4, child.ExitCode);
        Assert.Contains("Standard output closed", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => 0;
        public override long Position { get => 0; set { } }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) { Array.Clear(buffer, offset, count); return count; }
        public override long Seek(long offset, SeekOrigin origin) => 0;
        public override void SetLength(long value) { }
        public override void Write(byte[] buffer, int offset, int count) { }
    }
}

internal static class ProcessExtensions
{
    public static int WaitForExitAndCode(this Process? process)
    {
        process!.WaitForExit();
        return process.ExitCode;
    }
}
