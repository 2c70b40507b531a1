using Extractor.Records;

namespace Extractor.Cli.Rendering;

/// <summary>
/// How each entity type looks in the report: its highlight colour and the legend's words. One table, so the
/// legend, the marks and the overview's counts agree.
/// </summary>
internal static class EntityStyles
{
    public sealed record Style(EntityType Type, string Background, string Border, string Label, string Meaning);

    public static IReadOnlyList<Style> All { get; } =
    [
        new(EntityType.MONEY, "#d8f3dc", "#2d6a4f", "money", "an amount of money: value and currency"),
        new(EntityType.PERCENT, "#fde2c8", "#b5541c", "percent", "a percentage or points: value and unit"),
        new(EntityType.QUANTITY, "#fff3b0", "#8a7300", "quantity", "a count or measure: value and unit"),
        new(EntityType.DURATION, "#e3d5f5", "#6a3d9a", "duration", "a length of time (ISO 8601)"),
        new(EntityType.DATE, "#dde5ed", "#4a6177", "date", "a date or period"),
        new(EntityType.CHIP, "#ffd6e0", "#b0194a", "chip", "a chip name: vendor and family"),
        new(EntityType.COMPANY, "#cfe8fc", "#1565a6", "company", "a company: its canonical name"),
        new(EntityType.PERSON, "#ece4d8", "#6d5b45", "person", "a person"),
    ];

    public static Style Of(EntityType type) => All[(int)type];

    /// <summary>The CSS rules of the marks and legend swatches; <c>off-TYPE</c> on the body hides a type's highlight.</summary>
    public static string Css() => string.Concat(All.Select(s =>
        $"mark.{s.Type},.sw.{s.Type}{{background:{s.Background};border-bottom:2px solid {s.Border}}}" +
        $"body.off-{s.Type} mark.{s.Type}{{background:none;border-bottom-color:transparent}}\n"));
}
