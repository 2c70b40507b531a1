using System.Diagnostics;
using Extractor.Batch;
using Extractor.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Batch;

/// <summary>
/// One output, one owner: a second run on the same <c>-o</c> is refused before it touches anything (two real
/// processes, as a scheduler retrying a live task would start them), and <c>-o</c> never destroys what it names.
/// </summary>
public class OutputOwnershipTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_second_run_on_the_same_output_is_refused_and_the_first_completes_intact(bool resume)
    {
        using var corpus = new TempFolder();
        int files = CorpusCopies.Fill(corpus, 6);
        using var output = new TempFolder();
        var target = Path.Combine(output.Path, "out.jsonl");
        var partial = PartialOutputFile.PartialPathFor(target);
        string[] args = resume
            ? ["extract", corpus.Path, "-o", target, "--threads", "1", "--quiet", "--resume"]
            : ["extract", corpus.Path, "-o", target, "--threads", "1", "--quiet"];

        using var first = CliProcess.Start(args);
        var waited = Stopwatch.StartNew();
        while (!(File.Exists(partial) && new FileInfo(partial).Length > 0) && !first.HasExited && waited.Elapsed < TimeSpan.FromSeconds(120))
            Thread.Sleep(10);
        Assert.False(first.HasExited, "the first run finished before the second could start; the corpus is too small for this machine");

        var second = CliRunner.Run(args);

        Assert.Equal(2, second.ExitCode);
        Assert.Contains("another run is writing it", second.Stderr);
        Assert.True(first.WaitForExit(TimeSpan.FromMinutes(3)));
        Assert.Equal(0, first.ExitCode);
        var ids = File.ReadLines(target).Select(line => (string)JObject.Parse(line)["id"]!).ToList();
        Assert.Equal(files, ids.Count);
        Assert.Equal(files, ids.Distinct().Count());
        Assert.Equal(new[] { "out.jsonl" }, Directory.GetFiles(output.Path).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public void A_lock_file_left_by_a_killed_run_does_not_block_the_next()
    {
        using var corpus = new TempFolder();
        corpus.Write("a.txt", "Sube un 2%.");
        using var output = new TempFolder();
        var target = Path.Combine(output.Path, "out.jsonl");
        // A killed owner leaves its file behind, but the kernel dropped its lock with the process.
        File.WriteAllText(OutputLock.PathFor(target), "999999\n");

        Assert.Equal(0, CliRunner.Run("extract", corpus.Path, "-o", target, "--quiet").ExitCode);
        Assert.Single(File.ReadAllLines(target));
    }

    [Fact]
    public void An_output_that_is_one_of_the_inputs_is_refused_and_left_alone()
    {
        using var corpus = new TempFolder();
        var article = corpus.Write("001.txt", "Repsol gana 3 millones de euros.");
        var other = corpus.Write("002.txt", "Sube un 2%.");

        var result = CliRunner.Run("extract", article, other, "-o", article);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is the input", result.Stderr);
        Assert.Equal("Repsol gana 3 millones de euros.", File.ReadAllText(article));
    }

    [Fact]
    public void An_output_inside_a_walked_input_folder_is_refused_unless_the_walk_skips_its_extension()
    {
        using var corpus = new TempFolder();
        corpus.Write("001.txt", "Repsol gana 3 millones de euros.");

        var refused = CliRunner.Run("extract", corpus.Path, "-o", Path.Combine(corpus.Path, "001.txt"));
        var alsoRefused = CliRunner.Run("extract", corpus.Path, "-o", Path.Combine(corpus.Path, "sub", "out.jsonl"));
        var allowed = CliRunner.Run("extract", corpus.Path, "-o", Path.Combine(corpus.Path, "out.json"), "--quiet");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("inside the input folder", refused.Stderr);
        Assert.Equal("Repsol gana 3 millones de euros.", File.ReadAllText(Path.Combine(corpus.Path, "001.txt")));
        Assert.Equal(2, alsoRefused.ExitCode);
        Assert.Equal(0, allowed.ExitCode);
    }

    [Fact]
    public void An_output_that_is_a_device_or_a_folder_is_refused()
    {
        using var corpus = new TempFolder();
        corpus.Write("a.txt", "Sube un 2%.");
        using var output = new TempFolder();

        var device = CliRunner.Run("extract", corpus.Path, "-o", "/dev/null");
        var folder = CliRunner.Run("extract", corpus.Path, "-o", output.Path);

        Assert.Equal(2, device.ExitCode);
        Assert.Contains("not a regular file", device.Stderr);
        Assert.Equal(FileKind.CharacterDevice, FileFacts.Of("/dev/null").Kind);
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("is a folder", folder.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }
}
