using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Events;
using Extractor.Records;

namespace Extractor.Cli.Rendering;

/// <summary>
/// Normalised values as a reader wants to see them: money in short scale with its currency (<c>38 bn USD</c>),
/// signed changes, durations in words. The exact value stays in the tooltips.
/// </summary>
internal static partial class Figures
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Money(decimal value, string? currency)
    {
        decimal magnitude = Math.Abs(value);
        string number = magnitude switch
        {
            >= 1_000_000_000_000m => Short(value / 1_000_000_000_000m) + " tn",
            >= 1_000_000_000m => Short(value / 1_000_000_000m) + " bn",
            >= 1_000_000m => Short(value / 1_000_000m) + " m",
            _ => value.ToString(value == decimal.Truncate(value) ? "#,##0" : "#,##0.00", Invariant),
        };
        return currency is null ? number + " (no currency)" : $"{number} {currency}";
    }

    public static string Money(EventFigure figure) => Money(figure.Value, figure.Currency);

    /// <summary>A signed change in percent: <c>+4 %</c>, <c>−2.17 %</c>.</summary>
    public static string Change(decimal value) =>
        (value > 0 ? "+" : value < 0 ? "\u2212" : "") + Math.Abs(value).ToString("0.##", Invariant) + " %";

    public static string Percent(decimal value) => value.ToString("0.##", Invariant) + " %";

    public static string Plain(decimal value) => value.ToString("0.##########", Invariant);

    /// <summary><c>P7Y</c> → <c>7 years</c>; an ISO value this does not know is shown as written.</summary>
    public static string Duration(string? iso)
    {
        if (iso is null) return "";
        var match = IsoDuration().Match(iso);
        if (!match.Success) return iso;
        var parts = new List<string>();
        void Add(string group, string unit)
        {
            if (match.Groups[group].Success) parts.Add($"{match.Groups[group].Value} {unit}{(match.Groups[group].Value == "1" ? "" : "s")}");
        }
        Add("y", "year"); Add("m", "month"); Add("w", "week"); Add("d", "day"); Add("h", "hour"); Add("min", "minute"); Add("s", "second");
        return parts.Count == 0 ? iso : string.Join(" ", parts);
    }

    /// <summary>The tooltip lines of an entity: its type and every normalised field it has.</summary>
    public static IEnumerable<string> Describe(Entity e)
    {
        yield return e.Type.ToString();
        if (e.Number is { } number) yield return "value: " + Plain(number);
        else if (e.Iso is { } iso) yield return "value: " + iso + (e.Type == EntityType.DURATION ? $" ({Duration(iso)})" : "");
        if (e.Type == EntityType.MONEY) yield return "currency: " + (e.Currency ?? "none named");
        if (e.Unit is { } unit) yield return "unit: " + unit;
        if (e.Canonical is { } canonical) yield return "canonical: " + canonical;
        if (e.Vendor is { } vendor) yield return "vendor: " + vendor;
        if (e.Family is { } family) yield return "family: " + family;
    }

    private static string Short(decimal value) => value.ToString(Math.Abs(value) >= 100 ? "0.#" : "0.##", Invariant);

    [GeneratedRegex(@"^P(?:(?<y>\d+(?:[.,]\d+)?)Y)?(?:(?<m>\d+(?:[.,]\d+)?)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<min>\d+)M)?(?:(?<s>\d+)S)?)?$")]
    private static partial Regex IsoDuration();
}
