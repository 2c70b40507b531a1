using Extractor.Corpus;
using Extractor.Mentions.Companies;
using Extractor.Mentions.Names;
using Extractor.Models;
using Extractor.Records;
using Extractor.Tests.Support;
using Extractor.Text;

namespace Extractor.Tests.Names;

/// <summary>
/// Real archives are full of companies no list holds: with every fifth company removed from the gazetteer the
/// model reads (the shipped weights, the reduced list in its features), it must still find the companies of
/// corpus/dev from context, shape, legal forms and the lexicon.
/// </summary>
public class CompanyGeneralisationTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Without_a_fifth_of_the_company_gazetteer_dev_recall_stays_high()
    {
        var rows = ModelFile.ReadTable("gazetteers/companies.tsv");
        // Every fifth company in name order: a fixed, reproducible 20%.
        var removed = rows.OrderBy(r => r[0], StringComparer.Ordinal).Where((_, i) => i % 5 == 2).ToHashSet();
        var removedNames = removed.SelectMany(r => new[] { r[0] }.Concat(r.Length > 1 ? r[1].Split('|', StringSplitOptions.RemoveEmptyEntries) : []))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = new List<(string, string)>();
        foreach (var row in rows.Where(r => !removed.Contains(r)))
        {
            names.Add((row[0], row[0]));
            if (row.Length > 1) foreach (var alias in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries)) names.Add((alias, row[0]));
        }
        var reduced = new CompanyGazetteer(names, ModelFile.ReadTable("gazetteers/not-companies.tsv").Select(r => r[0]));
        var recognizer = NameRecognizer.LoadWithLists(g => g.WithCompanies(reduced));

        int gold = 0, found = 0, heldOut = 0, heldOutFound = 0, predicted = 0, correct = 0;
        foreach (var (textPath, goldPath) in CorpusLayout.Pairs(Path.Combine(RepoPaths.Root, "corpus", "dev")))
        {
            var text = File.ReadAllText(textPath);
            var companies = CorpusLayout.ReadGold(goldPath).Entities.Where(e => e.Type == EntityType.COMPANY).ToList();
            var mentions = new List<Entity>();
            recognizer.Recognize(TextAnalyzer.Default.Analyze(text), mentions);
            var spans = mentions.Where(m => m.Type == EntityType.COMPANY).Select(m => (m.Start, m.End)).ToHashSet();
            var goldSpans = companies.Select(e => (e.Start, e.End)).ToHashSet();
            predicted += spans.Count;
            correct += spans.Count(goldSpans.Contains);
            foreach (var mention in companies)
            {
                bool hit = spans.Contains((mention.Start, mention.End));
                gold++;
                if (hit) found++;
                if (!removedNames.Contains(mention.Text)) continue;
                heldOut++;
                if (hit) heldOutFound++;
                else output.WriteLine($"MISSED {mention.Text} … {text[Math.Max(0, mention.Start - 50)..Math.Min(text.Length, mention.End + 30)].Replace('\n', ' ')}");
            }
        }
        double recall = (double)found / gold, heldOutRecall = (double)heldOutFound / heldOut, precision = (double)correct / predicted;
        output.WriteLine($"dev COMPANY recall {found}/{gold} ({recall:0.000}); mentions of removed companies {heldOutFound}/{heldOut} ({heldOutRecall:0.000}); precision {correct}/{predicted} ({precision:0.000})");
        Assert.True(heldOut >= 50, $"only {heldOut} mentions of removed companies: the test would say little");
        Assert.True(recall >= 0.85, $"dev COMPANY recall {recall:0.000} ({found}/{gold})");
        Assert.True(precision >= 0.90, $"precision {precision:0.000} ({correct}/{predicted})");
    }
}
