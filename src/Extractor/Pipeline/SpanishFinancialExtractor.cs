using System.Collections.Immutable;
using System.Diagnostics;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// The entry point: text → tokens → sentences → mentions → resolution → entity table → relations → record.
/// Immutable after construction and safe to share across threads.
/// </summary>
public sealed class SpanishFinancialExtractor
{
    private readonly ImmutableArray<PipelineStage> _stages;

    internal SpanishFinancialExtractor(TextAnalyzer analyzer, PipelineStage[] stages)
    {
        Analyzer = analyzer;
        _stages = [.. stages];
        Recognizers = [.. stages.Select(s => s.Implementation).OfType<IMentionRecognizer>()];
    }

    /// <summary>The extractor with every shipped recogniser and the models embedded in the library.</summary>
    public static SpanishFinancialExtractor LoadDefault() => ExtractorBuilder.CreateDefault().Build();

    public TextAnalyzer Analyzer { get; }

    /// <summary>The stages in the order they run.</summary>
    public IReadOnlyList<PipelineStage> Stages => _stages;

    public IReadOnlyList<IMentionRecognizer> Recognizers { get; }

    public ArticleRecord Extract(string text, string id, string? encoding = null) =>
        Analyze(text).ToRecord(id, encoding);

    /// <summary>
    /// No entity is longer than this many characters. The longest in the corpus has 58 ('2,62 millones de barriles
    /// equivalentes de petróleo diarios'); a longer span is a run of text no recogniser should have joined (10 MB of
    /// 'NvidiaNvidia…' became one company), so it is dropped before resolution can prefer it to real mentions.
    /// </summary>
    public const int MaxEntityChars = 256;

    public IReadOnlyList<Entity> ExtractEntities(string text) => Analyze(text).Entities;

    public IReadOnlyList<Entity> ExtractEntities(Document document) => Analyze(document).Entities;

    /// <summary>Runs the whole pipeline on <paramref name="text"/>.</summary>
    public ArticleAnalysis Analyze(string text) => Analyze(Analyzer.Analyze(text));

    /// <summary>Runs the stages on an analysed document.</summary>
    public ArticleAnalysis Analyze(Document document) => Analyze(document, stageTimes: null);

    /// <summary>
    /// Runs the stages, adding each stage's elapsed time to <paramref name="stageTimes"/> when given (the stage
    /// profile uses it: timings come from the pipeline itself, not from re-running stages outside it).
    /// </summary>
    public ArticleAnalysis Analyze(Document document, IDictionary<string, TimeSpan>? stageTimes)
    {
        var mentions = new List<Entity>();
        ArticleAnalysis? analysis = null;
        long started = stageTimes is null ? 0 : Stopwatch.GetTimestamp();
        foreach (var stage in _stages)
        {
            switch (stage.Implementation)
            {
                case IMentionRecognizer recognizer:
                    int before = mentions.Count;
                    recognizer.Recognize(document, mentions);
                    for (int i = before; i < mentions.Count; i++)
                        if (mentions[i].Stage is null) mentions[i] = mentions[i] with { Stage = stage.Name };
                    break;
                case IMentionResolver resolver:
                    mentions.RemoveAll(static m => m.End - m.Start > MaxEntityChars);
                    mentions = resolver.Resolve(document, mentions);
                    break;
                case IRelationStage relation:
                    analysis ??= Freeze(document, mentions, stageTimes, ref started);
                    relation.Run(analysis);
                    break;
            }
            if (stageTimes is not null) Record(stageTimes, stage.Name, ref started);
        }
        return analysis ?? Freeze(document, mentions, stageTimes, ref started);
    }

    /// <summary>
    /// Runs only the relation stages (events) over entities the caller supplies: another recogniser's output, or gold
    /// annotation when measuring the event stage alone.
    /// </summary>
    public ArticleAnalysis Relate(string text, IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var document = Analyzer.Analyze(text);
        var analysis = new ArticleAnalysis(document, new EntityTable(document, [.. entities]));
        foreach (var stage in _stages)
            if (stage.Implementation is IRelationStage relation) relation.Run(analysis);
        return analysis;
    }

    private static ArticleAnalysis Freeze(Document document, List<Entity> mentions, IDictionary<string, TimeSpan>? stageTimes, ref long started)
    {
        mentions.RemoveAll(static m => m.End - m.Start > MaxEntityChars);
        var analysis = new ArticleAnalysis(document, new EntityTable(document, mentions));
        if (stageTimes is not null) Record(stageTimes, "entity table", ref started);
        return analysis;
    }

    private static void Record(IDictionary<string, TimeSpan> stageTimes, string name, ref long started)
    {
        long now = Stopwatch.GetTimestamp();
        stageTimes[name] = stageTimes.TryGetValue(name, out var sum) ? sum + Stopwatch.GetElapsedTime(started, now) : Stopwatch.GetElapsedTime(started, now);
        started = now;
    }
}
