using Extractor.Records;

namespace Extractor.Events;

/// <summary>
/// A figure in an event slot: the entity it comes from and its signed value (a loss is a negative amount, a fall
/// a negative change, while the entity's own value stays as written). <see cref="Currency"/> is set for money.
/// </summary>
/// <param name="Value">The signed value: money in base units, stakes and changes in percent.</param>
/// <param name="Currency">ISO 4217 code for money; null otherwise or when the text names none.</param>
/// <param name="Source">The entity the figure comes from; null for figures read back from JSON.</param>
public sealed record EventFigure(decimal Value, string? Currency, Entity? Source)
{
    /// <summary>The figure of an entity, negated when <paramref name="negative"/>.</summary>
    public static EventFigure From(Entity entity, bool negative = false)
    {
        decimal value = entity.Number ?? 0m;
        return new EventFigure(negative ? -value : value, entity.Type == EntityType.MONEY ? entity.Currency : null, entity);
    }
}
