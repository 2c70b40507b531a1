using Extractor.Tests.Support;

namespace Extractor.Tests.Names;

/// <summary>A regression guard on the dev split (never the test split) for the learned types: the README's figures must hold.</summary>
public class NameDevGateTests
{
    [Fact]
    public void Companies_and_people_stay_above_target_on_the_dev_split()
    {
        var result = CliRunner.Run("evaluate", Path.Combine(RepoPaths.Root, "corpus", "dev"), "--json");
        var scores = Newtonsoft.Json.Linq.JArray.Parse(result.Stdout).ToDictionary(t => (string)t["type"]!);
        foreach (var type in new[] { "COMPANY", "PERSON" })
        {
            Assert.True((double)scores[type]["f1"]! >= 0.94, $"{type} F1 {scores[type]["f1"]}");
            Assert.True((double)scores[type]["precision"]! >= 0.93, $"{type} precision {scores[type]["precision"]}");
            Assert.True((double)scores[type]["recall"]! >= 0.93, $"{type} recall {scores[type]["recall"]}");
        }
        Assert.True((double)scores["COMPANY"]["value_accuracy"]! >= 0.97, $"COMPANY canonical accuracy {scores["COMPANY"]["value_accuracy"]}");
    }
}
