using Extractor.Events;
using Extractor.Mentions.Amounts;
using Extractor.Mentions.Chips;
using Extractor.Mentions.Companies;
using Extractor.Mentions.Names;
using Extractor.Mentions.Numbers;
using Extractor.Mentions.Time;
using Extractor.Resolution;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// Composes an extractor from named stages. Adding a recogniser is one new class and one line; a stage can be
/// placed before or after another by name, replaced or removed. The built extractor is immutable.
/// </summary>
public sealed class ExtractorBuilder
{
    private readonly List<PipelineStage> _stages = [];

    public TextAnalyzer Analyzer { get; set; } = TextAnalyzer.Default;

    /// <summary>The stages in the order they will run within their phase.</summary>
    public IReadOnlyList<PipelineStage> Stages => _stages;

    public ExtractorBuilder Add(IMentionRecognizer recognizer) => Add(PipelineStage.Recognizer(NameOf(recognizer), recognizer));

    public ExtractorBuilder Add(IMentionResolver resolver) => Add(PipelineStage.Resolver(NameOf(resolver), resolver));

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
    public static ExtractorBuilder CreateDefault()
    {
        var numerals = new NumeralParser(NumberLexicon.LoadDefault());
        var time = TimeLexicon.LoadDefault();
        var companies = CompanyGazetteer.LoadDefault();
        return new ExtractorBuilder()
            .Add(PipelineStage.Recognizer("amounts", new AmountRecognizer(numerals, AmountLexicon.LoadDefault(), time.Units)))
            .Add(PipelineStage.Recognizer("durations", new DurationRecognizer(numerals, time)))
            .Add(PipelineStage.Recognizer("dates", DateRecognizer.LoadDefault(time)))
            .Add(PipelineStage.Recognizer("chips", ChipRecognizer.LoadDefault()))
            .Add(PipelineStage.Recognizer("names", NameRecognizer.LoadDefault(companies)))
            .Add(PipelineStage.Resolver("overlaps", new OverlapResolver()))
            .Add(PipelineStage.Resolver("company-lists", new CompanyListCompleter()))
            .Add(PipelineStage.Resolver("canonical-names", new CompanyCanonicalizer(companies)))
            .Add(PipelineStage.Relation("events", EventRecognizer.LoadDefault()));
    }

    public SpanishFinancialExtractor Build()
    {
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
