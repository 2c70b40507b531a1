using Newtonsoft.Json;
using Stj = System.Text.Json.Serialization;

namespace Extractor.Records;

/// <summary>
/// One entity: a half-open span [Start, End) of UTF-16 offsets into the article text, its type and the
/// normalised fields that ANNOTATION.md gives that type. Serialises to the record format of SCHEMA.md with
/// Newtonsoft.Json and System.Text.Json alike.
/// </summary>
/// <param name="Type">The entity type.</param>
/// <param name="Start">Offset of the first character, in UTF-16 code units from the start of the article text.</param>
/// <param name="End">Offset just past the last character (exclusive), in UTF-16 code units.</param>
/// <param name="Text">The article text between <paramref name="Start"/> and <paramref name="End"/>, exactly.</param>
[JsonConverter(typeof(EntityJsonConverter))]
[Stj.JsonConverter(typeof(SystemTextJsonBridge<Entity>))]
public sealed record Entity(EntityType Type, int Start, int End, string Text)
{
    /// <summary>MONEY in base units, PERCENT in percent or points, QUANTITY in the unit counted.</summary>
    public decimal? Number { get; init; }

    /// <summary>DURATION as ISO 8601 (<c>P7Y</c>); DATE where it resolves without a reference date (<c>2025-Q1</c>).</summary>
    public string? Iso { get; init; }

    /// <summary>MONEY: ISO 4217 code, null when the text names no currency.</summary>
    public string? Currency { get; init; }

    /// <summary>PERCENT: <c>%</c>, <c>pp</c> or <c>bp</c>; QUANTITY: the counted noun or unit symbol.</summary>
    public string? Unit { get; init; }

    /// <summary>COMPANY: one name per company across the article.</summary>
    public string? Canonical { get; init; }

    /// <summary>CHIP: the designer (Nvidia, AMD, …).</summary>
    public string? Vendor { get; init; }

    /// <summary>CHIP: the family (Blackwell, Instinct, …) where known.</summary>
    public string? Family { get; init; }

    /// <summary>
    /// The pipeline stage that proposed the entity (<c>amounts</c>, <c>names</c>…): set by the extractor, kept
    /// through resolvers that copy the entity with <c>with</c>, and not written to the record.
    /// </summary>
    public string? Stage { get; init; }

    /// <summary>The span's length in UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(Entity other) => Start < other.End && other.Start < End;

    /// <summary>The value field of the record: a number for amounts, a string for durations and dates.</summary>
    public object? Value => Number is { } number ? number : Iso;
}
