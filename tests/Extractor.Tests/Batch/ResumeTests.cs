using System.Diagnostics;
using System.Text;
using Extractor.Batch;
using Extractor.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Batch;

/// <summary>A killed run leaves no output that looks finished, and <c>--resume</c> completes it exactly.</summary>
public class ResumeTests
{
    [Fact]
    public void A_killed_run_resumed_gives_the_uninterrupted_output()
    {
        using var corpus = new TempFolder();
        int files = CorpusCopies.Fill(corpus, 40); // about 21 MB of articles, 29 MB of records: seconds on one thread
        using var output = new TempFolder();
        var target = Path.Combine(output.Path, "out.jsonl");
        var partial = PartialOutputFile.PartialPathFor(target);

        using (var child = CliProcess.Start("extract", corpus.Path, "-o", target, "--threads", "1", "--quiet"))
        {
            // Records reach the partial file in 64 KB buffers: kill once about a tenth is written, mid-write.
            var waited = Stopwatch.StartNew();
            while (!(File.Exists(partial) && new FileInfo(partial).Length > 3_000_000) && !child.HasExited && waited.Elapsed < TimeSpan.FromSeconds(120))
                Thread.Sleep(10);
            Assert.False(child.HasExited, "the run finished before it could be killed; the corpus is too small for this machine");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        Assert.False(File.Exists(target), "a killed run must not leave the final output");
        var written = File.ReadAllBytes(partial);
        int complete = written.Count(b => b == (byte)'\n');
        Assert.InRange(complete, 1, files - 1);

        var resumed = CliRunner.Run("extract", corpus.Path, "-o", target, "--resume");
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains($"resumed after {complete}", resumed.Stderr);
        Assert.False(File.Exists(partial));

        var reference = Path.Combine(output.Path, "reference.jsonl");
        Assert.Equal(0, CliRunner.Run("extract", corpus.Path, "-o", reference, "--quiet").ExitCode);
        Assert.Equal(File.ReadAllBytes(reference), File.ReadAllBytes(target));
        var ids = File.ReadLines(target).Select(line => (string)JObject.Parse(line)["id"]!).ToList();
        Assert.Equal(files, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void A_torn_last_line_is_cut_off_and_rewritten()
    {
        using var corpus = new TempFolder();
        for (int i = 0; i < 4; i++) corpus.Write($"a{i}.txt", $"Repsol gana {i + 1} millones de euros.");
        using var output = new TempFolder();
        var target = Path.Combine(output.Path, "out.jsonl");
        Assert.Equal(0, CliRunner.Run("extract", corpus.Path, "-o", target, "--quiet").ExitCode);
        var complete = File.ReadAllText(target);
        var lines = complete.Split('\n');

        // What a kill in the middle of a write leaves: two whole records and the start of the third.
        PartialFixture.Write(target, lines[0] + "\n" + lines[1] + "\n" + lines[2][..10], corpus.Path);
        File.Delete(target);
        var resumed = CliRunner.Run("extract", corpus.Path, "-o", target, "--resume");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("resumed after 2", resumed.Stderr);
        Assert.Equal(complete, File.ReadAllText(target));
    }

    [Fact]
    public void A_json_lines_feed_resumes_in_the_middle_of_a_file()
    {
        using var corpus = new TempFolder();
        corpus.Write("a.txt", "Sube un 2%.");
        corpus.Write("feed.jsonl", string.Join('\n', Enumerable.Range(1, 6).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"Gana {i} millones de euros.\"}}")) + "\n");
        corpus.Write("z.txt", "Baja un 1%.");
        using var output = new TempFolder();
        var target = Path.Combine(output.Path, "out.jsonl");
        Assert.Equal(0, CliRunner.Run("extract", corpus.Path, "-o", target, "--quiet").ExitCode);
        var complete = File.ReadAllText(target);
        var lines = complete.Split('\n');
        PartialFixture.Write(target, string.Concat(lines.Take(4).Select(l => l + "\n")) + lines[4][..5], corpus.Path);

        var resumed = CliRunner.Run("extract", corpus.Path, "-o", target, "--resume");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("resumed after 4", resumed.Stderr);
        Assert.Equal(complete, File.ReadAllText(target));
    }

    [Fact]
    public void Resume_counts_the_errors_of_records_already_written()
    {
        using var corpus = new TempFolder();
        corpus.Write("a.txt", [0x00, 0x01, 0x02]);
        corpus.Write("b.txt", "Sube un 2%.");
        using var output = new TempFolder();
        var target = Path.Combine(output.Path, "out.jsonl");
        CliRunner.Run("extract", corpus.Path, "-o", target, "--quiet");
        var first = File.ReadAllLines(target)[0];
        PartialFixture.Write(target, first + "\n", corpus.Path);

        var resumed = CliRunner.Run("extract", corpus.Path, "-o", target, "--resume");
        Assert.Equal(1, resumed.ExitCode);
        Assert.Contains("files 2, errors 1", resumed.Stderr);
    }

    [Fact]
    public void A_partial_output_of_other_inputs_is_refused_and_kept()
    {
        using var corpus = new TempFolder();
        corpus.Write("a.txt", "Sube un 2%.");
        corpus.Write("b.txt", "Baja un 1%.");
        using var output = new TempFolder();
        var target = Path.Combine(output.Path, "out.jsonl");
        var partial = PartialOutputFile.PartialPathFor(target);
        PartialFixture.Write(target, "{\"id\":\"other.txt\",\"chars\":1,\"encoding\":\"utf-8\",\"entities\":[],\"error\":null}\n", corpus.Path);

        var resumed = CliRunner.Run("extract", corpus.Path, "-o", target, "--resume");
        Assert.Equal(2, resumed.ExitCode);
        Assert.Contains("Cannot resume", resumed.Stderr);
        Assert.True(File.Exists(partial));
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Resume_without_a_partial_output_runs_everything()
    {
        using var corpus = new TempFolder();
        corpus.Write("a.txt", "Sube un 2%.");
        using var output = new TempFolder();
        var target = Path.Combine(output.Path, "out.jsonl");
        Assert.Equal(0, CliRunner.Run("extract", corpus.Path, "-o", target, "--resume").ExitCode);
        Assert.Single(File.ReadAllLines(target));
    }
}
