using Extractor.Tests.Support;

namespace Extractor.Tests.Batch;

/// <summary>The output must not depend on how the work is split: across threads or across machines.</summary>
public class ParallelOutputTests
{
    private static TempFolder MixedCorpus()
    {
        var folder = new TempFolder();
        CorpusCopies.Fill(folder, 2);
        folder.Write("bad/binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);
        folder.Write("bad/empty.txt", "");
        folder.Write("feed.jsonl", "{\"id\":\"a\",\"text\":\"Repsol ganó 5 millones de euros.\"}\nnot json\n{\"text\":\"Inditex sube un 3%.\"}\n");
        folder.Write("page.html", "<html><body><article><h1>Iberdrola</h1><p>Ganó 12 millones.</p></article></body></html>");
        return folder;
    }

    [Fact]
    public void Four_threads_write_the_same_bytes_as_one()
    {
        using var corpus = MixedCorpus();
        using var output = new TempFolder();
        var single = Path.Combine(output.Path, "single.jsonl");
        var parallel = Path.Combine(output.Path, "parallel.jsonl");

        Assert.Equal(1, CliRunner.Run("extract", corpus.Path, "--threads", "1", "-o", single).ExitCode);
        Assert.Equal(1, CliRunner.Run("extract", corpus.Path, "--threads", "4", "-o", parallel).ExitCode);
        var stdout = CliRunner.Run("extract", corpus.Path, "--threads", "3");

        var expected = File.ReadAllBytes(single);
        Assert.True(expected.Length > 100_000);
        Assert.Equal(expected, File.ReadAllBytes(parallel));
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetBytes(stdout.Stdout));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    public void Concatenated_shards_equal_one_run(int shards)
    {
        using var corpus = new TempFolder();
        for (int i = 0; i < 5; i++) corpus.Write($"n{i}.txt", $"Telefónica invierte {i + 1} millones de euros.");
        corpus.Write("z.jsonl", "{\"id\":1,\"text\":\"Sube un 2%.\"}\n{\"id\":2,\"text\":\"Baja un 1%.\"}\n");

        var whole = CliRunner.Run("extract", corpus.Path, "--quiet").Stdout;
        var parts = Enumerable.Range(0, shards)
            .Select(k => CliRunner.Run("extract", corpus.Path, "--shard", $"{k}/{shards}", "--quiet"))
            .ToList();

        Assert.All(parts, part => Assert.Equal(0, part.ExitCode));
        Assert.Equal(whole, string.Concat(parts.Select(p => p.Stdout)));
        Assert.Equal(7, whole.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("--threads", "0")]
    [InlineData("--shard", "2/2")]
    [InlineData("--shard", "1-2")]
    [InlineData("--resume")]
    public void Bad_batch_flags_exit_two(params string[] flags)
    {
        using var corpus = new TempFolder();
        corpus.Write("a.txt", "Sube.");
        Assert.Equal(2, CliRunner.Run(["extract", corpus.Path, .. flags]).ExitCode);
    }
}
