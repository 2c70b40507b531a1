using System.Diagnostics;
using System.Globalization;
using Extractor.Mentions.Names;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Benchmarks;

/// <summary>
/// Where the name model's time goes: the gazetteer marks alone, the tagging (marks, features, scores, Viterbi)
/// and the whole recogniser (tagging and the rules after it), over every article of a folder, single-threaded,
/// median of several rounds.
/// </summary>
internal static class NameModelProfile
{
    public static int Run(string folder, int rounds)
    {
        var extractor = SpanishFinancialExtractor.LoadDefault();
        var names = extractor.Recognizers.OfType<NameRecognizer>().Single();
        var tagger = names.Tagger;
        var documents = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => TextAnalyzer.Default.Analyze(File.ReadAllText(f))).ToArray();
        long tokens = documents.Sum(d => (long)d.Tokens.Length);
        var mentions = new List<Entity>();
        var parts = new (string Name, Action<Document> Run)[]
        {
            ("gazetteer marks", d => tagger.Features.GazetteerMarks(d)),
            ("feature by feature (as training scores)", d => FeatureByFeature(tagger, d)),
            ("tagging (marks, features, scores, Viterbi)", d => tagger.Tag(d, out _)),
            ("whole recogniser", d => { mentions.Clear(); names.Recognize(d, mentions); }),
        };
        // Each part runs over every article in a loop of its own, timed by the wall clock and by the CPU time the
        // process used: on a busy machine the CPU time still says what the code costs.
        var wall = parts.Select(_ => new List<double>()).ToArray();
        var cpu = parts.Select(_ => new List<double>()).ToArray();
        var process = Process.GetCurrentProcess();
        for (int round = 0; round <= rounds; round++)
        {
            for (int i = 0; i < parts.Length; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                long started = Stopwatch.GetTimestamp();
                foreach (var document in documents) parts[i].Run(document);
                var elapsed = Stopwatch.GetElapsedTime(started);
                process.Refresh();
                if (round == 0) continue;
                wall[i].Add(elapsed.TotalSeconds);
                cpu[i].Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{documents.Length} articles, {tokens:N0} tokens; median of {rounds} rounds, one thread"));
        Console.WriteLine($"{"part",-44} {"wall",9} {"tokens/s",10} {"CPU",9} {"tokens/s",10}");
        for (int i = 0; i < parts.Length; i++)
        {
            double w = Statistics.Median(wall[i]), c = Statistics.Median(cpu[i]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{parts[i].Name,-44} {w * 1000,6:0.0} ms {tokens / w / 1e6,8:0.00} M {c * 1000,6:0.0} ms {tokens / c / 1e6,8:0.00} M"));
        }
        return 0;
    }

    // The path training takes: every feature of every token hashed into slots, then summed row by row.
    private static int FeatureByFeature(SequenceTagger tagger, Document document)
    {
        var marks = tagger.Features.GazetteerMarks(document);
        int longest = document.Sentences.Length == 0 ? 0 : document.Sentences.Max(s => s.TokenCount);
        var slots = new uint[longest * NameFeatures.PerToken];
        var scores = new float[longest * tagger.Model.Labels.Count];
        var labels = new int[longest];
        foreach (var sentence in document.Sentences)
        {
            tagger.Features.Extract(document, sentence, marks, slots);
            tagger.Weights.Score(slots, sentence.TokenCount, scores);
            tagger.Model.Decode(scores, sentence.TokenCount, labels);
        }
        return labels.Length;
    }
}
