using BenchmarkDotNet.Attributes;
using Extractor.Mentions.Companies;
using Extractor.Mentions.Names;
using Extractor.Pipeline;

namespace Extractor.Benchmarks;

/// <summary>What a process pays once: loading the name model, and the whole extractor with every lexicon and gazetteer.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    [Benchmark(Description = "load name model")]
    public object LoadNameModel() => NameRecognizer.LoadDefault(CompanyGazetteer.LoadDefault());

    [Benchmark(Description = "load Spanish lexicon and name lists")]
    public object LoadLexicon() => SpanishLexicon.Load();

    [Benchmark(Description = "load whole extractor")]
    public object LoadExtractor() => SpanishFinancialExtractor.LoadDefault();
}
