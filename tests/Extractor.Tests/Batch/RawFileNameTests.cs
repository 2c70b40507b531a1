using System.Diagnostics;
using System.Text;
using Extractor.Batch;
using Extractor.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Batch;

/// <summary>File names that are not UTF-8 (Latin-1 archives copied to Linux) are read, and their ids are distinct and reversible.</summary>
public class RawFileNameTests
{
    [SkippableFact]
    public void Latin1_file_names_are_read_under_escaped_ids_that_do_not_collide()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "names as bytes are a Linux matter");
        using var folder = new TempFolder();
        // 'café.txt' and 'cafè.txt' in Latin-1: both decode to 'caf\uFFFD.txt' for the runtime.
        var start = new ProcessStartInfo("sh") { WorkingDirectory = folder.Path };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("printf 'Sube un 2%%.' > \"$(printf 'caf\\351.txt')\"; printf 'Baja un 1%%.' > \"$(printf 'caf\\350.txt')\"; mkdir \"$(printf 'd\\351')\"");
        Process.Start(start)!.WaitForExit();

        var result = CliRunner.Run("extract", folder.Path, "--quiet");
        Process.Start("rm", ["-rf", folder.Path])!.WaitForExit(); // the runtime cannot delete what it cannot name

        var records = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToList();
        Assert.Equal(new[] { "caf%E8.txt", "caf%E9.txt", "d%E9/" }, records.Select(r => (string)r["id"]!).ToArray());
        Assert.Equal(JTokenType.Null, records[0]["error"]!.Type);
        Assert.Equal(JTokenType.Null, records[1]["error"]!.Type);
        Assert.Equal(new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'.', (byte)'t', (byte)'x', (byte)'t' }, RawFileNames.UnescapeName("caf%E9.txt"));
    }

    [Theory]
    [InlineData("subida-2%.txt")]
    [InlineData("100%25.txt")]
    [InlineData("año.txt")]
    public void Escaped_names_round_trip_and_plain_names_keep_their_id(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        var id = RawFileNames.EscapeName(bytes);
        Assert.Equal(bytes, RawFileNames.UnescapeName(id));
        if (!name.Contains("%25")) Assert.Equal(name, id);
    }
}
