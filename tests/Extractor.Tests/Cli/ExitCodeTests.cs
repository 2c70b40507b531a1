using Extractor.Batch;
using Extractor.Cli;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>
/// Exit codes a scheduler can act on: 0 all good, 1 some inputs gave error records, 2 bad usage or a refused
/// output, 3 the run itself failed, 4 standard output closed; and never a stack trace on standard error.
/// </summary>
public class ExitCodeTests
{
    private static void AssertNoStackTrace(string stderr) => Assert.DoesNotContain("   at ", stderr);

    [Theory]
    [InlineData("--threads", "abc")]
    [InlineData("--threads", "0")]
    [InlineData("--shard")]
    [InlineData("--shard", "3/2")]
    public void Bad_flags_are_usage_errors_with_a_message(params string[] flags)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Sube un 2%.");
        var result = CliRunner.Run(["extract", folder.Path, .. flags]);
        Assert.Equal(CliApp.BadUsage, result.ExitCode);
        Assert.NotEqual("", result.Stderr.Trim());
        AssertNoStackTrace(result.Stderr);
    }

    [Fact]
    public void An_output_that_cannot_be_created_is_refused_in_one_line()
    {
        using var folder = new TempFolder();
        var article = folder.Write("a.txt", "Sube un 2%.");
        using var output = new TempFolder();
        var blocker = Path.Combine(output.Path, "file");
        File.WriteAllText(blocker, "");
        // Its folder would have to be a regular file: as unwritable as a read-only folder, also for root.
        var result = CliRunner.Run("extract", article, "-o", Path.Combine(blocker, "out.jsonl"));
        Assert.Equal(CliApp.BadUsage, result.ExitCode);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        AssertNoStackTrace(result.Stderr);
    }

    [Fact]
    public void A_write_failure_mid_run_is_the_run_failing_not_an_input()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Sube un 2%.");
        var pipeline = new BatchPipeline(new ArticleProcessor(SpanishFinancialExtractor.LoadDefault()), new BatchOptions { Threads = 1 });
        Assert.Throws<OutputFailedException>(() => pipeline.Run(ArticleFiles.Enumerate([folder.Path]), new FullDiskWriter()));
    }

    [Fact]
    public void A_crash_is_one_line_naming_a_log_file_with_the_stack_trace_and_exit_code_3()
    {
        var stderr = new StringWriter();
        Exception crash;
        try { throw new InvalidOperationException("boom"); } catch (InvalidOperationException e) { crash = e; }

        int code = CrashLog.Report(crash, stderr);

        Assert.Equal(CliApp.RunFailed, code);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        AssertNoStackTrace(line);
        var log = line[(line.IndexOf("details in ", StringComparison.Ordinal) + 11)..].TrimEnd(')', '.', '\r');
        Assert.Contains("   at ", File.ReadAllText(log));
        File.Delete(log);
    }

    [Fact]
    public void The_four_outcomes_have_four_codes()
    {
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, new[] { CliApp.Ok, CliApp.SomeInputFailed, CliApp.BadUsage, CliApp.RunFailed, CliApp.OutputClosed });
    }

    private sealed class FullDiskWriter : StringWriter
    {
        public override void Write(string? value) => throw new IOException("No space left on device");
    }
}
