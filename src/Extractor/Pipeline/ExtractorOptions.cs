using Extractor.Records;

namespace Extractor.Pipeline;

/// <summary>
/// What <see cref="SpanishFinancialExtractor.Create"/> and <see cref="ExtractorBuilder.CreateDefault(ExtractorOptions)"/>
/// build: which entity types to find, where to read models from, and the date relative dates count from.
/// The defaults give the shipped extractor (<see cref="SpanishFinancialExtractor.LoadDefault"/>).
/// </summary>
public sealed record ExtractorOptions
{
    /// <summary>
    /// The entity types to find; null (the default) finds all. A type left out is never produced: the stages that
    /// find only that type are left out of the pipeline, and its candidates are dropped before overlaps are
    /// resolved, so they never hide a mention of a type that is on.
    /// </summary>
    public IReadOnlySet<EntityType>? EntityTypes { get; init; }

    /// <summary>
    /// A folder to load models and gazetteers from instead of the shipped ones: laid out like the repository's
    /// <c>models/</c> (<c>ner/companies-people.bin</c>, <c>gazetteers/companies.tsv</c>…), or the folder
    /// <c>extractor train corpus --out DIR</c> wrote (model files at its root). Files the folder lacks come from
    /// the shipped models. Null (the default) uses the shipped models only.
    /// </summary>
    public string? ModelDirectory { get; init; }

    /// <summary>
    /// The date an article was published. When set, DATE entities that count from it get a <c>value</c>:
    /// <c>ayer</c>, <c>hoy</c>, weekdays (<c>el lunes</c>, <c>el pasado jueves</c>, <c>el próximo viernes</c>),
    /// <c>el año pasado</c>, <c>este mes</c>, <c>el trimestre anterior</c>, and day and month without a year. Null
    /// (the default) leaves those values out, as SCHEMA.md asks when no reference date is known.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>
    /// Whether the event stage runs (DEAL, INVESTMENT, RESULTS, STOCK_MOVE in <see cref="Records.ArticleRecord.Events"/>);
    /// on by default. Events read companies and figures, so they need those entity types on.
    /// </summary>
    public bool Events { get; init; } = true;

    /// <summary>True when <paramref name="type"/> is on.</summary>
    public bool Finds(EntityType type) => EntityTypes is null || EntityTypes.Contains(type);
}
