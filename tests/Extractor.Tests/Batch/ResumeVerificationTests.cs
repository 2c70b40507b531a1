using Extractor.Batch;
using Extractor.Tests.Support;

namespace Extractor.Tests.Batch;

/// <summary>
/// <c>--resume</c> appends only to a partial output that is, record for record, what this run would have written:
/// anything else is refused with exit 2, one line on standard error, and the partial file left as it was.
/// </summary>
public class ResumeVerificationTests
{
    private sealed class Job : IDisposable
    {
        public readonly TempFolder Corpus = new();
        public readonly TempFolder Output = new();
        public string Target => Path.Combine(Output.Path, "out.jsonl");
        public string Partial => PartialOutputFile.PartialPathFor(Target);
        public string[] Complete = [];

        public Job(Action<TempFolder> fill)
        {
            fill(Corpus);
            Assert.InRange(CliRunner.Run("extract", Corpus.Path, "-o", Target, "--quiet").ExitCode, 0, 1);
            Complete = File.ReadAllLines(Target);
            File.Delete(Target);
        }

        public string Lines(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));

        public void AssertRefused(string partial, string why, params string[] extra)
        {
            PartialFixture.Write(Target, partial, Corpus.Path);
            var result = CliRunner.Run(["extract", Corpus.Path, "-o", Target, "--resume", .. extra]);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(why, result.Stderr);
            Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(partial, File.ReadAllText(Partial));
            Assert.False(File.Exists(Target));
        }

        public void Dispose()
        {
            Corpus.Dispose();
            Output.Dispose();
        }
    }

    private static Job Files() => new(c =>
    {
        for (int i = 0; i < 4; i++) c.Write($"a{i}.txt", $"Repsol gana {i + 1} millones de euros.");
    });

    private static Job Feed() => new(c =>
        c.Write("feed.jsonl", string.Join('\n', Enumerable.Range(1, 5).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"Gana {i} millones de euros.\"}}")) + "\n"));

    [Fact]
    public void New_lines_at_the_top_of_a_json_lines_feed_are_refused_rather_than_duplicated()
    {
        using var job = Feed();
        File.WriteAllText(Path.Combine(job.Corpus.Path, "feed.jsonl"),
            "{\"id\":\"n0\",\"text\":\"Gana 9 millones de euros.\"}\n" + File.ReadAllText(Path.Combine(job.Corpus.Path, "feed.jsonl")));
        job.AssertRefused(job.Lines(job.Complete[0], job.Complete[1]), "but these inputs have 'feed.jsonl#n0'");
    }

    [Fact]
    public void A_blank_last_line_is_refused() { using var job = Files(); job.AssertRefused(job.Lines(job.Complete[0], ""), "a blank line"); }

    [Fact]
    public void An_empty_object_is_refused() { using var job = Files(); job.AssertRefused(job.Lines(job.Complete[0], "{}"), "damaged at record 2"); }

    [Fact]
    public void A_number_for_an_id_is_refused()
    {
        using var job = Files();
        job.AssertRefused(job.Lines(job.Complete[0], "{\"id\":7,\"chars\":1,\"encoding\":\"utf-8\",\"entities\":[],\"error\":null}"), "the id is not a string");
    }

    [Fact]
    public void A_garbage_line_is_refused_without_a_stack_trace() { using var job = Files(); job.AssertRefused(job.Lines(job.Complete[0], "{\"id\":\"a1.txt\",\"chars\":"), "damaged at record 2"); }

    [Fact]
    public void A_replaced_middle_record_is_refused()
    {
        using var job = Files();
        job.AssertRefused(job.Lines(job.Complete[0], job.Complete[2], job.Complete[2]), "record 2 of the partial output is 'a2.txt'");
    }

    [Fact]
    public void A_duplicated_middle_record_is_refused()
    {
        using var job = Feed();
        job.AssertRefused(job.Lines(job.Complete[0], job.Complete[0], job.Complete[1]), "record 2 of the partial output is 'feed.jsonl#n1'");
    }

    [Fact]
    public void A_partial_written_with_other_options_is_refused()
    {
        using var job = Files();
        job.AssertRefused(job.Lines(job.Complete[0]), "other paths or options", "--include-text");
    }

    [Fact]
    public void A_partial_without_its_settings_file_is_refused()
    {
        using var job = Files();
        File.WriteAllText(job.Partial, job.Lines(job.Complete[0]));
        var result = CliRunner.Run("extract", job.Corpus.Path, "-o", job.Target, "--resume");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no settings file", result.Stderr);
    }

    [Fact]
    public void A_json_lines_feed_resumed_at_its_exact_line_gives_the_uninterrupted_output()
    {
        using var job = Feed();
        PartialFixture.Write(job.Target, job.Lines(job.Complete[0], job.Complete[1]) + job.Complete[2][..7], job.Corpus.Path);
        var result = CliRunner.Run("extract", job.Corpus.Path, "-o", job.Target, "--resume");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(job.Complete, File.ReadAllLines(job.Target));
        Assert.False(File.Exists(PartialOutputFile.SettingsPathFor(job.Target)));
    }
}
