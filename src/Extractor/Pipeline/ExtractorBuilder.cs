using Extractor.Events;
using Extractor.Mentions.Amounts;
using Extractor.Mentions.Chips;
using Extractor.Mentions.Companies;
using Extractor.Mentions.Names;
using Extractor.Mentions.Numbers;
using Extractor.Mentions.Time;
using Extractor.Models;
using Extractor.Records;
using Extractor.Resolution;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// Composes an extractor from named stages. Adding a recogniser is one new class and one line; a stage can be
/// placed before or after another by name, replaced or removed. The built extractor is immutable.
/// Start from <see cref="CreateDefault()"/> (the shipped stages) to add to the shipped extractor; a builder made
/// with <c>new ExtractorBuilder()</c> starts empty, and <see cref="Build"/> refuses a pipeline without a recogniser.
/// </summary>
/// <remarks>
/// The shipped stages, by name: recognisers <c>amounts</c>, <c>durations</c>, <c>dates</c>, <c>chips</c>,
/// <c>names</c>; resolvers <c>overlaps</c>, <c>company-lists</c>, <c>canonical-names</c> (and, with options,
/// <c>entity-types</c> first and <c>relative-dates</c> last).
/// </remarks>
public sealed class ExtractorBuilder
{
    private readonly List<PipelineStage> _stages = [];

    internal TextAnalyzer Analyzer { get; set; } = TextAnalyzer.Default;

    /// <summary>The stages in the order they will run within their phase.</summary>
    public IReadOnlyList<PipelineStage> Stages => _stages;

    /// <summary>Appends a recogniser as a stage named after its class.</summary>
    public ExtractorBuilder Add(IMentionRecognizer recognizer) => Add(PipelineStage.Recognizer(NameOf(recognizer), recognizer));

    /// <summary>Appends a resolver as a stage named after its class.</summary>
    public ExtractorBuilder Add(IMentionResolver resolver) => Add(PipelineStage.Resolver(NameOf(resolver), resolver));

    /// <summary>Appends a relation stage named after its class.</summary>
    public ExtractorBuilder Add(IRelationStage stage) => Add(PipelineStage.Relation(NameOf(stage), stage));

    /// <summary>Appends a stage; its name must be new.</summary>
    public ExtractorBuilder Add(PipelineStage stage)
    {
        RequireNewName(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Puts <paramref name="stage"/> just before the stage named <paramref name="name"/>.</summary>
    public ExtractorBuilder InsertBefore(string name, PipelineStage stage)
    {
        RequireNewName(stage);
        _stages.Insert(IndexOf(name), stage);
        return this;
    }

    /// <summary>Puts <paramref name="stage"/> just after the stage named <paramref name="name"/>.</summary>
    public ExtractorBuilder InsertAfter(string name, PipelineStage stage)
    {
        RequireNewName(stage);
        _stages.Insert(IndexOf(name) + 1, stage);
        return this;
    }

    /// <summary>Replaces the stage named <paramref name="name"/>.</summary>
    public ExtractorBuilder Replace(string name, PipelineStage stage)
    {
        int index = IndexOf(name);
        if (stage.Name != name) RequireNewName(stage);
        _stages[index] = stage;
        return this;
    }

    /// <summary>Removes the stage named <paramref name="name"/>.</summary>
    public ExtractorBuilder Remove(string name)
    {
        _stages.RemoveAt(IndexOf(name));
        return this;
    }

    /// <summary>The shipped configuration: every recogniser, resolution, then events.</summary>
    public static ExtractorBuilder CreateDefault() => CreateDefault(new ExtractorOptions());

    /// <summary>
    /// The shipped configuration shaped by <paramref name="options"/>: only the stages the chosen entity types
    /// need, models and gazetteers from <see cref="ExtractorOptions.ModelDirectory"/> where given, and relative
    /// dates resolved from <see cref="ExtractorOptions.ReferenceDate"/> where given.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The model folder does not exist.</exception>
    /// <exception cref="ArgumentException">The model folder holds no model file, or no entity type is on.</exception>
    public static ExtractorBuilder CreateDefault(ExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.EntityTypes is { Count: 0 }) throw new ArgumentException("No entity type is on: EntityTypes is empty.", nameof(options));
        using var models = options.ModelDirectory is { } folder ? ModelFile.UseFolder(folder) : null;
        var numerals = new NumeralParser(NumberLexicon.LoadDefault());
        var time = TimeLexicon.LoadDefault();
        var builder = new ExtractorBuilder();
        bool amounts = options.Finds(EntityType.MONEY) || options.Finds(EntityType.PERCENT) || options.Finds(EntityType.QUANTITY);
        bool names = options.Finds(EntityType.COMPANY) || options.Finds(EntityType.PERSON);
        if (amounts) builder.Add(PipelineStage.Recognizer("amounts", new AmountRecognizer(numerals, AmountLexicon.LoadDefault(), time.Units)));
        if (options.Finds(EntityType.DURATION)) builder.Add(PipelineStage.Recognizer("durations", new DurationRecognizer(numerals, time)));
        if (options.Finds(EntityType.DATE)) builder.Add(PipelineStage.Recognizer("dates", DateRecognizer.LoadDefault(time)));
        if (options.Finds(EntityType.CHIP)) builder.Add(PipelineStage.Recognizer("chips", ChipRecognizer.LoadDefault()));
        var companies = names ? CompanyGazetteer.LoadDefault() : null;
        if (names) builder.Add(PipelineStage.Recognizer("names", NameRecognizer.LoadDefault(companies!)));
        // Candidates of types that are off go before overlaps are settled, so they cannot hide a type that is on.
        if (options.EntityTypes is { } kept) builder.Add(PipelineStage.Resolver("entity-types", new EntityTypeFilter(kept)));
        builder.Add(PipelineStage.Resolver("overlaps", new OverlapResolver()));
        if (options.Finds(EntityType.COMPANY))
            builder
                .Add(PipelineStage.Resolver("company-lists", new CompanyListCompleter()))
                .Add(PipelineStage.Resolver("canonical-names", new CompanyCanonicalizer(companies!)));
        if (options.ReferenceDate is { } reference && options.Finds(EntityType.DATE))
            builder.Add(PipelineStage.Resolver("relative-dates", RelativeDateResolver.LoadDefault(reference, time)));
        if (options.Events) builder.Add(PipelineStage.Relation("events", EventRecognizer.LoadDefault()));
        return builder;
    }

    /// <summary>The extractor with the stages as listed, phase by phase.</summary>
    /// <exception cref="InvalidOperationException">
    /// The pipeline has no recogniser, so every article would give no entity (usually a builder made with
    /// <c>new ExtractorBuilder()</c> where <see cref="CreateDefault()"/> was meant).
    /// </exception>
    public SpanishFinancialExtractor Build()
    {
        if (!_stages.Any(s => s.Phase == StagePhase.Recognition))
            throw new InvalidOperationException(
                "The pipeline has no recogniser, so it would find nothing. Start from ExtractorBuilder.CreateDefault() to extend the shipped extractor, or Add(...) a recogniser.");
        // Phases run in a fixed order whatever the list says; the list orders stages within a phase.
        var ordered = _stages.OrderBy(s => s.Phase).ToArray();
        return new SpanishFinancialExtractor(Analyzer, ordered);
    }

    private int IndexOf(string name)
    {
        int index = _stages.FindIndex(s => s.Name == name);
        return index >= 0 ? index : throw new ArgumentException($"No stage named '{name}'. Stages: {string.Join(", ", _stages.Select(s => s.Name))}.", nameof(name));
    }

    private void RequireNewName(PipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (_stages.Any(s => s.Name == stage.Name)) throw new ArgumentException($"A stage named '{stage.Name}' is already in the pipeline.", nameof(stage));
    }

    private static string NameOf(object implementation) => implementation.GetType().Name;
}
