using System.Collections.Immutable;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// The entry point: text → tokens → sentences → mentions → resolution → record.
/// Immutable after construction and safe to share across threads.
/// </summary>
public sealed class SpanishFinancialExtractor
{
    private readonly ImmutableArray<IMentionRecognizer> _recognizers;
    private readonly ImmutableArray<IMentionResolver> _resolvers;

    internal SpanishFinancialExtractor(TextAnalyzer analyzer, ImmutableArray<IMentionRecognizer> recognizers, ImmutableArray<IMentionResolver> resolvers)
    {
        Analyzer = analyzer;
        _recognizers = recognizers;
        _resolvers = resolvers;
    }

    /// <summary>The extractor with every shipped recogniser and the models embedded in the library.</summary>
    public static SpanishFinancialExtractor LoadDefault() => ExtractorBuilder.CreateDefault().Build();

    public TextAnalyzer Analyzer { get; }

    public IReadOnlyList<IMentionRecognizer> Recognizers => _recognizers;

    public ArticleRecord Extract(string text, string id, string? encoding = null) => new()
    {
        Id = id,
        Chars = text.Length,
        Encoding = encoding,
        Entities = ExtractEntities(text),
    };

    public IReadOnlyList<Entity> ExtractEntities(string text) => ExtractEntities(Analyzer.Analyze(text));

    /// <summary>
    /// No entity is longer than this many characters. The longest in the corpus has 58 ('2,62 millones de barriles
    /// equivalentes de petróleo diarios'); a longer span is a run of text no recogniser should have joined (10 MB of
    /// 'NvidiaNvidia…' became one company), so it is dropped before resolution can prefer it to real mentions.
    /// </summary>
    public const int MaxEntityChars = 256;

    public IReadOnlyList<Entity> ExtractEntities(Document document)
    {
        var mentions = new List<Entity>();
        foreach (var recognizer in _recognizers) recognizer.Recognize(document, mentions);
        mentions.RemoveAll(static m => m.End - m.Start > MaxEntityChars);
        foreach (var resolver in _resolvers) mentions = resolver.Resolve(document, mentions);
        mentions.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return mentions;
    }
}
