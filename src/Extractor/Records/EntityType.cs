namespace Extractor.Records;

/// <summary>
/// The entity types of ANNOTATION.md. Declaration order is the priority order for nested mentions:
/// when two mentions overlap, the lower value wins.
/// </summary>
public enum EntityType
{
    MONEY,
    PERCENT,
    QUANTITY,
    DURATION,
    DATE,
    CHIP,
    COMPANY,
    PERSON,
}
