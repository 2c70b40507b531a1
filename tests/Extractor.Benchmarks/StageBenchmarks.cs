using BenchmarkDotNet.Attributes;
using Extractor.Mentions.Names;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Benchmarks;

/// <summary>
/// One operation = the whole corpus through one stage on one thread. Program.cs turns the mean time into MB/s
/// (UTF-8 bytes of the corpus per second) and, for the name model, tokens per second.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private Document[] _documents = [];
    private IMentionRecognizer[] _rules = [];
    private NameRecognizer _names = null!;
    private SpanishFinancialExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = CorpusText.Articles.Select(TextAnalyzer.Default.Analyze).ToArray();
        // The shipped composition, split into the rule recognisers and the learned one.
        _extractor = SpanishFinancialExtractor.LoadDefault();
        _rules = _extractor.Recognizers.Where(r => r is not NameRecognizer).ToArray();
        _names = _extractor.Recognizers.OfType<NameRecognizer>().Single();
    }

    public static int TokenCount { get; } = CorpusText.Articles.Sum(a => TextAnalyzer.Default.Tokenizer.Tokenize(a).Length);

    [Benchmark(Description = "tokenizer")]
    public int Tokenize()
    {
        int n = 0;
        foreach (var article in CorpusText.Articles) n += Tokenizer.Default.Tokenize(article).Length;
        return n;
    }

    [Benchmark(Description = "tokenizer + sentences")]
    public int Analyze()
    {
        int n = 0;
        foreach (var article in CorpusText.Articles) n += TextAnalyzer.Default.Analyze(article).Sentences.Length;
        return n;
    }

    [Benchmark(Description = "rules (amounts, durations, dates, chips)")]
    public int Rules()
    {
        int n = 0;
        var mentions = new List<Entity>();
        foreach (var document in _documents)
        {
            mentions.Clear();
            foreach (var rule in _rules) rule.Recognize(document, mentions);
            n += mentions.Count;
        }
        return n;
    }

    /// <summary>Each rule recogniser alone, to see where the rule stage spends its time.</summary>
    [Benchmark(Description = "one rule recogniser")]
    [Arguments(0)]
    [Arguments(1)]
    [Arguments(2)]
    [Arguments(3)]
    public int OneRule(int index)
    {
        var mentions = new List<Entity>();
        foreach (var document in _documents)
        {
            mentions.Clear();
            _rules[index].Recognize(document, mentions);
        }
        return mentions.Count;
    }

    [Benchmark(Description = "name model (companies, people)")]
    public int Names()
    {
        int n = 0;
        var mentions = new List<Entity>();
        foreach (var document in _documents)
        {
            mentions.Clear();
            _names.Recognize(document, mentions);
            n += mentions.Count;
        }
        return n;
    }

    [Benchmark(Description = "whole extractor + JSON")]
    public int Extract()
    {
        int n = 0;
        foreach (var article in CorpusText.Articles)
            n += RecordJson.ToJsonLine(_extractor.Extract(article, "id")).Length;
        return n;
    }
}
