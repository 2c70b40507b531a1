using Extractor.Corpus;
using Extractor.Mentions.Chips;
using Extractor.Records;
using Extractor.Tests.Support;
using Extractor.Text;

namespace Extractor.Tests.Mentions;

/// <summary>
/// Next year's chips are not in this year's list: with a fifth of the chip names removed from the gazetteer,
/// patterns and context must still find most of their mentions in the corpus, without guessing wildly.
/// </summary>
public class ChipGeneralisationTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Without_a_fifth_of_the_gazetteer_most_mentions_of_the_removed_chips_are_still_found()
    {
        var rows = ChipGazetteer.DefaultRows();
        // Every fifth chip in name order: a fixed, reproducible 20%.
        var removed = rows.OrderBy(r => r[0], StringComparer.Ordinal).Where((_, i) => i % 5 == 2).ToList();
        var removedNames = removed.SelectMany(r => new[] { r[0] }.Concat(r[1].Split('|', StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var recognizer = ChipRecognizer.WithGazetteer(ChipGazetteer.FromRows(rows.Except(removed)));

        int heldOut = 0, heldOutFound = 0, predicted = 0, correct = 0;
        foreach (var (textPath, goldPath) in CorpusLayout.Pairs(Path.Combine(RepoPaths.Root, "corpus")))
        {
            var text = File.ReadAllText(textPath);
            var gold = CorpusLayout.ReadGold(goldPath).Entities.Where(e => e.Type == EntityType.CHIP).ToList();
            var found = new List<Entity>();
            recognizer.Recognize(TextAnalyzer.Default.Analyze(text), found);
            var goldSpans = gold.Select(e => (e.Start, e.End)).ToHashSet();
            predicted += found.Count;
            correct += found.Count(f => goldSpans.Contains((f.Start, f.End)));
            foreach (var f in found.Where(f => !goldSpans.Contains((f.Start, f.End))))
                output.WriteLine($"FALSE {f.Text} … {text[Math.Max(0, f.Start - 50)..Math.Min(text.Length, f.End + 30)].Replace('\n', ' ')}");
            var foundSpans = found.Select(e => (e.Start, e.End)).ToHashSet();
            foreach (var mention in gold.Where(g => removedNames.Contains(g.Text)))
            {
                heldOut++;
                if (foundSpans.Contains((mention.Start, mention.End))) heldOutFound++;
                else output.WriteLine($"MISSED {mention.Text} … {text[Math.Max(0, mention.Start - 50)..Math.Min(text.Length, mention.End + 30)].Replace('\n', ' ')}");
            }
        }
        double recall = (double)heldOutFound / heldOut, precision = (double)correct / predicted;
        output.WriteLine($"held-out mentions found {heldOutFound}/{heldOut} ({recall:0.000}); precision {correct}/{predicted} ({precision:0.000})");
        Assert.True(heldOut >= 30, $"only {heldOut} mentions of removed chips: the test would say little");
        Assert.True(recall >= 0.70, $"found {heldOutFound} of {heldOut} mentions of removed chips ({recall:0.000})");
        Assert.True(precision >= 0.90, $"precision {precision:0.000} ({correct}/{predicted})");
    }
}
