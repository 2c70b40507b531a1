using System.Diagnostics;
using System.Globalization;
using Extractor.Events;
using Extractor.Pipeline;

namespace Extractor.Benchmarks;

/// <summary>
/// The event stage alone, run as the pipeline runs it: right after the other stages of the same article (whose
/// tables push the event models out of cache). Each article runs R times; the figure is the sum over articles of
/// each one's fastest run, which a machine shared with other work disturbs far less than a total or a mean. After
/// each run the stage's parts are timed again, warm: the cue search, the classifiers (frames), assembly and the
/// lead-deal pass.
/// </summary>
internal static class EventProfile
{
    public static int Run(string folder, int rounds)
    {
        var extractor = SpanishFinancialExtractor.Create(new ExtractorOptions { Events = false });
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var documents = files.Select(f => extractor.Analyzer.Analyze(File.ReadAllText(f))).ToArray();
        var stage = EventRecognizer.LoadDefault();
        var assembler = new EventAssembler(ProviderSectors.LoadDefault());
        var cues = EventCues.LoadDefault();
        string[] names = ["stage, after the other stages", "  cue search (warm)", "  frames, cue search included (warm)", "  assembly (warm)", "  lead deal (warm)"];
        var fastest = new double[names.Length, documents.Length];
        for (int p = 0; p < names.Length; p++) for (int i = 0; i < documents.Length; i++) fastest[p, i] = double.MaxValue;
        long events = 0;
        var stamps = new long[names.Length + 1];
        // Round 0 warms the JIT and is not counted.
        for (int round = 0; round <= rounds; round++)
            for (int i = 0; i < documents.Length; i++)
            {
                var analysis = extractor.Analyze(documents[i]);
                stamps[0] = Stopwatch.GetTimestamp();
                stage.Run(analysis);
                stamps[1] = Stopwatch.GetTimestamp();
                cues.Find(analysis.Document);
                stamps[2] = Stopwatch.GetTimestamp();
                var frames = stage.Frames(analysis, out var features);
                stamps[3] = Stopwatch.GetTimestamp();
                var assembled = assembler.Assemble(analysis, frames, features);
                stamps[4] = Stopwatch.GetTimestamp();
                assembler.AttachToLeadDeal(analysis, assembled, features, () => cues.DealReferences(analysis.Document));
                stamps[5] = Stopwatch.GetTimestamp();
                if (round == 0) continue;
                events += analysis.Events.Count;
                for (int p = 0; p < names.Length; p++)
                    fastest[p, i] = Math.Min(fastest[p, i], Stopwatch.GetElapsedTime(stamps[p], stamps[p + 1]).TotalMilliseconds);
            }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents.Length} articles, {rounds} runs each, {events / rounds} events; per corpus pass, the sum of each article's fastest run:"));
        for (int p = 0; p < names.Length; p++)
        {
            double sum = 0;
            for (int i = 0; i < documents.Length; i++) sum += fastest[p, i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[p],-40} {sum,8:0.00} ms"));
        }
        return 0;
    }
}
