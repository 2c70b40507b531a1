namespace Extractor.Records;

/// <summary>
/// The entity types of ANNOTATION.md. Declaration order is the priority order for nested mentions:
/// when two mentions overlap, the lower value wins.
/// </summary>
public enum EntityType
{
    /// <summary>An amount of money: <c>value</c> in base units, <c>currency</c> as ISO 4217 or null.</summary>
    MONEY,
    /// <summary>A percentage or a change in points: <c>value</c> and <c>unit</c> (<c>%</c>, <c>pp</c>, <c>bp</c>).</summary>
    PERCENT,
    /// <summary>A count or measure: <c>value</c> and <c>unit</c> (the counted noun or unit symbol).</summary>
    QUANTITY,
    /// <summary>A length of time: <c>value</c> as ISO 8601 (<c>P7Y</c>, <c>P18M</c>).</summary>
    DURATION,
    /// <summary>A calendar point or period: <c>value</c> (<c>2025-Q1</c>, <c>2024-03-15</c>) where it resolves.</summary>
    DATE,
    /// <summary>A processor or accelerator, or its family: <c>vendor</c> and, where known, <c>family</c>.</summary>
    CHIP,
    /// <summary>A company: <c>canonical</c>, one name per company across the article.</summary>
    COMPANY,
    /// <summary>A person's name.</summary>
    PERSON,
}
