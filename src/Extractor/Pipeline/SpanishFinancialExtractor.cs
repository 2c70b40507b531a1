using System.Collections.Immutable;
using System.Diagnostics;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// The entry point: text → tokens → sentences → mentions → resolution → entity table → relations → record.
/// Immutable after construction and safe to share across threads: load it once and call it from any thread.
/// </summary>
/// <example>
/// <code>
/// var extractor = SpanishFinancialExtractor.LoadDefault();
/// ArticleRecord record = extractor.Extract("Repsol ganó 1.200 millones de euros.", id: "a.txt");
/// string jsonLine = RecordJson.ToJsonLine(record);
/// </code>
/// </example>
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

    /// <summary>The shipped extractor shaped by <paramref name="options"/> (entity types, model folder, reference date).</summary>
    /// <exception cref="DirectoryNotFoundException">The model folder does not exist.</exception>
    /// <exception cref="ArgumentException">The model folder holds no model file, or no entity type is on.</exception>
    public static SpanishFinancialExtractor Create(ExtractorOptions options) => ExtractorBuilder.CreateDefault(options).Build();

    internal TextAnalyzer Analyzer { get; }

    /// <summary>The stages in the order they run.</summary>
    public IReadOnlyList<PipelineStage> Stages => _stages;

    /// <summary>The recognisers among the stages, in the order they run.</summary>
    public IReadOnlyList<IMentionRecognizer> Recognizers { get; }

    /// <summary>
    /// The SCHEMA.md record of one article: its entities (sorted by start; offsets are UTF-16 code units into
    /// <paramref name="text"/>) and events.
    /// </summary>
    /// <param name="text">The article's text, already decoded.</param>
    /// <param name="id">The record's id (SCHEMA.md: the file's path relative to the folder processed).</param>
    /// <param name="encoding">How the text was decoded, written to the record when given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="id"/> is null.</exception>
    public ArticleRecord Extract(string text, string id = "", string? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Analyze(text).ToRecord(id, encoding);
    }

    /// <summary>
    /// No entity is longer than this many characters. The longest in the corpus has 58 ('2,62 millones de barriles
    /// equivalentes de petróleo diarios'); a longer span is a run of text no recogniser should have joined (10 MB of
    /// 'NvidiaNvidia…' became one company), so it is dropped before resolution can prefer it to real mentions.
    /// </summary>
    public const int MaxEntityChars = 256;

    /// <summary>The entities of <paramref name="text"/>, sorted by start.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Entity> ExtractEntities(string text) => Analyze(text).Entities;

    /// <summary>The entities of an analysed document, sorted by start.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public IReadOnlyList<Entity> ExtractEntities(Document document) => Analyze(document).Entities;

    /// <summary>Runs the whole pipeline on <paramref name="text"/>: tokens, sentences, entities and events.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ArticleAnalysis Analyze(string text) => Analyze(Analyzer.Analyze(text ?? throw new ArgumentNullException(nameof(text))));

    /// <summary>Runs the stages on an analysed document.</summary>
    public ArticleAnalysis Analyze(Document document) => Analyze(document, stageTimes: null);

    /// <summary>
    /// Runs the stages, adding each stage's elapsed time to <paramref name="stageTimes"/> when given (the stage
    /// profile uses it: timings come from the pipeline itself, not from re-running stages outside it).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public ArticleAnalysis Analyze(Document document, IDictionary<string, TimeSpan>? stageTimes)
    {
        ArgumentNullException.ThrowIfNull(document);
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
