using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Extractor.Batch;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>
/// What an operator sees: Ctrl-C stops a run between records and says how to resume; without a terminal, progress
/// is a plain line every few seconds that ends on the final count.
/// </summary>
public class TerminalBehaviourTests
{
    private sealed class Child : IDisposable
    {
        public Process Process { get; }
        public ConcurrentQueue<string> Stderr { get; } = new();

        public Child(IReadOnlyDictionary<string, string> environment, params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(CliProcess.Assembly);
            foreach (var arg in args) start.ArgumentList.Add(arg);
            foreach (var (name, value) in environment) start.Environment[name] = value;
            Process = Process.Start(start)!;
            Process.OutputDataReceived += (_, _) => { };
            Process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Stderr.Enqueue(e.Data); };
            Process.BeginOutputReadLine();
            Process.BeginErrorReadLine();
        }

        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.Dispose();
        }
    }

    [SkippableFact]
    public void Ctrl_C_stops_after_a_whole_record_and_says_how_to_resume()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "sends SIGINT with kill(1)");
        using var corpus = new TempFolder();
        int files = CorpusCopies.Fill(corpus, 6);
        using var output = new TempFolder();
        var target = Path.Combine(output.Path, "out.jsonl");
        var partial = PartialOutputFile.PartialPathFor(target);

        List<string> stderr;
        using (var child = new Child(new Dictionary<string, string> { ["EXTRACTOR_PROGRESS_INTERVAL"] = "0.2" }, "extract", corpus.Path, "-o", target, "--threads", "1"))
        {
            var waited = Stopwatch.StartNew();
            while (!(File.Exists(partial) && new FileInfo(partial).Length > 100_000) && !child.Process.HasExited && waited.Elapsed < TimeSpan.FromSeconds(120))
                Thread.Sleep(10);
            Assert.False(child.Process.HasExited, "the run finished before it could be interrupted");
            using (var kill = Process.Start("kill", ["-INT", child.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            Assert.True(child.Process.WaitForExit(TimeSpan.FromSeconds(60)), "the run did not stop on SIGINT");
            child.Process.WaitForExit();
            Assert.Equal(130, child.Process.ExitCode);
            stderr = [.. child.Stderr];
        }

        Assert.False(File.Exists(target), "an interrupted run must not leave the final output");
        var kept = File.ReadAllBytes(partial);
        Assert.Equal((byte)'\n', kept[^1]);
        int records = kept.Count(b => b == (byte)'\n');
        Assert.InRange(records, 1, files - 1);
        var message = Assert.Single(stderr, l => l.StartsWith("interrupted:", StringComparison.Ordinal));
        Assert.Equal($"interrupted: {records:N0} records are kept in {partial}; run the same command with --resume to continue.", message);
        // The last progress line is the count the run stopped at.
        Assert.Contains($" {records:N0} records,", stderr.Last(l => l.StartsWith("progress:", StringComparison.Ordinal)));

        var resumed = CliRunner.Run("extract", corpus.Path, "-o", target, "--resume", "--threads", "2");
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains($"resumed after {records}", resumed.Stderr);
        var reference = Path.Combine(output.Path, "reference.jsonl");
        Assert.Equal(0, CliRunner.Run("extract", corpus.Path, "-o", reference, "--quiet").ExitCode);
        Assert.Equal(File.ReadAllBytes(reference), File.ReadAllBytes(target));
    }

    [Fact]
    public void Without_a_terminal_progress_is_plain_lines_ending_on_the_final_count()
    {
        using var output = new TempFolder();
        var target = Path.Combine(output.Path, "out.jsonl");
        var corpus = Path.Combine(RepoPaths.Root, "corpus", "test");
        int files = Directory.GetFiles(corpus, "*.txt").Length;
        List<string> stderr;
        using (var child = new Child(new Dictionary<string, string> { ["EXTRACTOR_PROGRESS_INTERVAL"] = "0.1" }, "extract", corpus, "-o", target, "--threads", "1"))
        {
            Assert.True(child.Process.WaitForExit(TimeSpan.FromSeconds(120)));
            child.Process.WaitForExit();
            Assert.Equal(0, child.Process.ExitCode);
            stderr = [.. child.Stderr];
        }
        var progress = stderr.Where(l => l.StartsWith("progress:", StringComparison.Ordinal)).ToList();
        Assert.True(progress.Count >= 2, string.Join("\n", stderr));
        Assert.All(stderr, l => Assert.DoesNotContain('\u001b', l));
        Assert.All(progress, l => Assert.Matches(new Regex(@"^progress: \d+\.\d% [\d,]+ records, \d+ errors, \d+ files/s, \d+\.\d\d MB/s, eta (\d\d:\d\d:\d\d|unknown)$"), l));
        Assert.StartsWith($"progress: 100.0% {files} records, 0 errors,", progress[^1]);
        Assert.StartsWith($"files {files}, errors 0", stderr[^1]);
    }
}
