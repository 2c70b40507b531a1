using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Records;

namespace Extractor.Tests.Support;

/// <summary>
/// One line of a spec file (Specs/*.tsv): a phrase, the entities expected in it, and the types the case checks.
/// Expected entities are written <c>TYPE[span]=value|extra</c>, separated by ' ; ', or '-' for none.
/// </summary>
public sealed partial record SpecCase(string File, int Line, string Phrase, IReadOnlyList<ExpectedEntity> Expected, IReadOnlySet<EntityType> Types)
{
    [GeneratedRegex(@"^(MONEY|PERCENT|QUANTITY|DURATION|DATE|CHIP|COMPANY|PERSON)\[([^\]]+)\](?:=([^|]*))?(?:\|(.*))?$")]
    private static partial Regex EntityForm();

    public override string ToString() => $"{File}:{Line} {Phrase}";

    public static IEnumerable<SpecCase> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", fileName);
        int line = 0;
        foreach (var raw in System.IO.File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw[0] == '#') continue;
            var columns = raw.Split('\t');
            if (columns.Length != 3) throw new FormatException($"{fileName}:{line}: expected 3 columns");
            var types = columns[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<EntityType>).ToHashSet();
            var expected = columns[1].Trim() == "-"
                ? []
                : columns[1].Split(" ; ").Select(item => Parse(columns[0], item.Trim(), fileName, line)).ToList();
            yield return new SpecCase(fileName, line, columns[0], expected, types);
        }
    }

    private static ExpectedEntity Parse(string phrase, string item, string file, int line)
    {
        var m = EntityForm().Match(item);
        if (!m.Success) throw new FormatException($"{file}:{line}: cannot read '{item}'");
        var type = Enum.Parse<EntityType>(m.Groups[1].Value);
        var span = m.Groups[2].Value;
        int start = phrase.IndexOf(span, StringComparison.Ordinal);
        if (start < 0) throw new FormatException($"{file}:{line}: '{span}' is not in the phrase");
        string? value = m.Groups[3].Success ? m.Groups[3].Value : null;
        string? extra = m.Groups[4].Success ? m.Groups[4].Value : null;
        return new ExpectedEntity(type, start, start + span.Length, span, value, extra);
    }
}

/// <summary>An entity a spec expects, with its value and extra field (currency, unit, vendor) as written in the spec.</summary>
public sealed record ExpectedEntity(EntityType Type, int Start, int End, string Text, string? Value, string? Extra)
{
    public string Describe() => $"{Type}[{Text}]" + (Value is null ? "" : "=" + Value) + (Extra is null ? "" : "|" + Extra);

    public static string Describe(Entity e) => e.Type switch
    {
        EntityType.MONEY => $"MONEY[{e.Text}]={Plain(e.Number)}|{e.Currency ?? "null"}",
        EntityType.PERCENT or EntityType.QUANTITY => $"{e.Type}[{e.Text}]={Plain(e.Number)}|{e.Unit}",
        EntityType.DURATION => $"DURATION[{e.Text}]={e.Iso}",
        EntityType.DATE => $"DATE[{e.Text}]" + (e.Iso is null ? "" : "=" + e.Iso),
        EntityType.CHIP => $"CHIP[{e.Text}]={e.Vendor}" + (e.Family is null ? "" : "|" + e.Family),
        EntityType.COMPANY => $"COMPANY[{e.Text}]={e.Canonical}",
        _ => $"{e.Type}[{e.Text}]",
    };

    private static string Plain(decimal? number) => number is { } n ? n.ToString("0.##########", CultureInfo.InvariantCulture) : "null";

    /// <summary>The spec's form of this entity, comparing only what the spec wrote (a DATE without value ignores the value).</summary>
    public string DescribeLike(Entity actual)
    {
        var full = Describe(actual);
        if (Type == EntityType.DATE && Value is null) return $"DATE[{actual.Text}]";
        if (Type == EntityType.CHIP && Extra is null) return $"CHIP[{actual.Text}]={actual.Vendor}";
        return full;
    }
}
