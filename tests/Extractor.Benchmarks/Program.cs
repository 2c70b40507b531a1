using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Extractor.Benchmarks;

// dotnet run -c Release --project tests/Extractor.Benchmarks [-- --job short --filter '*']
//   BenchmarkDotNet over corpus/: throughput per stage (MB/s, tokens/s) and load costs.
// dotnet run -c Release --project tests/Extractor.Benchmarks -- stages [FOLDER] [ROUNDS]
//   a Stopwatch profile of where one article's time goes (read, decode, tokenizer, each recogniser, JSON).
// dotnet run -c Release --project tests/Extractor.Benchmarks -- events [FOLDER] [RUNS]
//   the event stage alone, after the other stages of each article: the sum of each article's fastest of RUNS runs.
// dotnet run -c Release --project tests/Extractor.Benchmarks -- html-nesting [N…]
//   the time for a page of N unclosed nested <div><span><b> (default 300, just under the depth budget, then 20,000 and 100,000).
if (args.Length > 0 && args[0] == "html-nesting")
    return HtmlNestingProfile.Run(args.Length > 1 ? args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : [300, 20_000, 100_000]);
// dotnet run -c Release --project tests/Extractor.Benchmarks -- names [FOLDER] [ROUNDS]
//   the name model part by part (gazetteer marks, a feature-by-feature reference, tagging, whole recogniser), in tokens per second.
if (args.Length > 0 && args[0] == "names")
    return NameModelProfile.Run(args.Length > 1 ? args[1] : "corpus", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10);
if (args.Length > 0 && args[0] == "events")
    return EventProfile.Run(args.Length > 1 ? args[1] : "corpus", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10);
if (args.Length > 0 && args[0] == "stages")
{
    var folder = args.Length > 1 ? args[1] : "corpus";
    var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
    return StageProfile.Run(folder, rounds);
}

// dotnet run -c Release --project tests/Extractor.Benchmarks -- lexicon
//   the Spanish lexicon and name lists: load time (Stopwatch, ten loads after one) and the bytes they hold.
if (args.Length > 0 && args[0] == "lexicon")
{
    var first = System.Diagnostics.Stopwatch.StartNew();
    var lexicon = Extractor.Mentions.Names.SpanishLexicon.Load();
    first.Stop();
    var times = new List<double>();
    for (int i = 0; i < 10; i++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        lexicon = Extractor.Mentions.Names.SpanishLexicon.Load();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"lexicon: {lexicon.WordCount:N0} word forms, {lexicon.NameCount:N0} names, {lexicon.MemoryBytes / 1048576.0:0.0} MiB held; first load {first.Elapsed.TotalMilliseconds:0} ms, median of ten {times[5]:0} ms"));
    var fingerprint = System.Diagnostics.Stopwatch.StartNew();
    Extractor.Mentions.Names.ModelFingerprint.Compute(Extractor.Mentions.Names.ModelFingerprint.CorpusModelFiles, []);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model fingerprint: {fingerprint.Elapsed.TotalMilliseconds:0} ms"));
    return 0;
}

var summaries = BenchmarkRunner.Run(typeof(StageBenchmarks).Assembly, DefaultConfig.Instance, args);
var summary = summaries.FirstOrDefault(s => s.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(StageBenchmarks)));
foreach (var load in summaries.Where(s => s.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(LoadBenchmarks))))
    foreach (var report in load.Reports)
        if (report.ResultStatistics is { } stats)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}: {stats.Mean / 1e6:0.0} ms"));
if (summary is null) return 0;
double megabytes = CorpusText.Bytes / 1_000_000.0;
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"corpus: {CorpusText.Articles.Length} articles, {megabytes:0.00} MB, {StageBenchmarks.TokenCount} tokens; one thread"));
Console.WriteLine("| stage | mean per corpus pass | MB/s | tokens/s |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var report in summary.Reports)
{
    if (report.ResultStatistics is not { } stats) continue;
    double seconds = stats.Mean / 1e9;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo} | {seconds * 1000:0.0} ms | {megabytes / seconds:0.0} | {StageBenchmarks.TokenCount / seconds:N0} |"));
}
return 0;
