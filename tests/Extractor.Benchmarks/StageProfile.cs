using System.Diagnostics;
using System.Globalization;
using Extractor.Input;
using Extractor.Pipeline;
using Extractor.Records;

namespace Extractor.Benchmarks;

/// <summary>
/// Where the time of one article goes: reads every <c>.txt</c> under a folder several times and times each stage
/// separately with a Stopwatch (read, decode, tokenizer and sentence splitter, each recogniser, resolution,
/// JSON). Single-threaded on purpose: it answers "which stage to optimise", not "how fast is a batch run".
/// </summary>
internal static class StageProfile
{
    public static int Run(string folder, int rounds)
    {
        var extractor = SpanishFinancialExtractor.LoadDefault();
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var stages = new Dictionary<string, TimeSpan>();
        void Add(string stage, Stopwatch clock) => stages[stage] = stages.GetValueOrDefault(stage) + clock.Elapsed;
        long chars = 0, bytesRead = 0, articles = 0;
        // Each round's total per stage: the table reports the median round (times the rounds) and the spread, so a
        // run disturbed by other work on the machine shows as a wide spread instead of a skewed share.
        var perRound = new List<Dictionary<string, TimeSpan>>();

        // Warm-up rounds first: the runtime recompiles hot methods in tiers for a while after start, and rounds measured
        // during that phase were up to twice as slow as the later ones.
        const int warmUp = 3;
        for (int round = 0; round < warmUp + rounds; round++)
        {
            bool measured = round >= warmUp;
            if (measured) { stages = new Dictionary<string, TimeSpan>(); perRound.Add(stages); }
            foreach (var file in files)
            {
                var clock = Stopwatch.StartNew();
                var bytes = File.ReadAllBytes(file);
                clock.Stop(); if (measured) Add("read file", clock);

                clock.Restart();
                var decoded = ArticleDecoder.Decode(bytes);
                clock.Stop(); if (measured) Add("decode", clock);
                if (!decoded.Ok) continue;
                var text = decoded.Text!;

                clock.Restart();
                var document = extractor.Analyzer.Analyze(text);
                clock.Stop(); if (measured) Add("tokenizer + sentences", clock);

                // Each stage is timed by the pipeline itself, in the order and on the data it really runs on.
                var analysis = extractor.Analyze(document, measured ? stages : null);

                var record = analysis.ToRecord(file, decoded.Encoding);
                clock.Restart();
                var line = RecordJson.ToJsonLine(record);
                clock.Stop(); if (measured) Add("JSON", clock);

                if (measured) { chars += text.Length; bytesRead += bytes.Length; articles++; _ = line; }
            }
        }

        var names = perRound.SelectMany(r => r.Keys).Distinct().ToList();
        var median = names.ToDictionary(n => n, n => Statistics.Median(perRound.Select(r => r.GetValueOrDefault(n).TotalSeconds)));
        var spread = names.ToDictionary(n => n, n =>
        {
            var values = perRound.Select(r => r.GetValueOrDefault(n).TotalSeconds).ToList();
            return median[n] > 0 ? (values.Max() - values.Min()) / 2 / median[n] : 0;
        });
        double total = median.Values.Sum() * perRound.Count;
        var totals = perRound.Select(r => r.Values.Sum(t => t.TotalSeconds)).ToList();
        double totalSpread = (totals.Max() - totals.Min()) / 2 / Statistics.Median(totals);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles} articles, {bytesRead / 1048576.0:0.0} MB, {total:0.000} s single-threaded (median round × {perRound.Count}, rounds within ±{100 * totalSpread:0.0} %), {bytesRead / 1048576.0 / total:0.00} MB/s"));
        foreach (var stage in names.OrderByDescending(n => median[n]))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stage,-40} {median[stage] * perRound.Count,8:0.000} s {100 * median[stage] * perRound.Count / total,6:0.0} %   ±{100 * spread[stage],4:0.0} %"));
        return 0;
    }
}
