using System.Text.RegularExpressions;
using Extractor.Records;

namespace Extractor.Corpus;

/// <summary>Checks gold files against their texts and the guide's forms: spans, order, overlaps and normalised fields.</summary>
public static partial class CorpusValidator
{
    [GeneratedRegex(@"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")]
    private static partial Regex IsoDuration();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    public static List<string> Validate(string folder)
    {
        var problems = new List<string>();
        int articles = 0;
        foreach (var (textPath, goldPath) in CorpusLayout.Pairs(folder))
        {
            articles++;
            var where = Path.GetRelativePath(folder, goldPath);
            if (!File.Exists(textPath)) { problems.Add($"{where}: no text file beside it"); continue; }
            GoldArticle gold;
            try { gold = CorpusLayout.ReadGold(goldPath); }
            catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidDataException or ArgumentException)
            {
                problems.Add($"{where}: unreadable gold: {e.Message}");
                continue;
            }
            if (gold.Id != Path.GetFileName(textPath)) problems.Add($"{where}: id '{gold.Id}' is not the text file's name");
            problems.AddRange(ValidateArticle(File.ReadAllText(textPath), gold.Entities).Select(p => $"{where}: {p}"));
        }
        if (articles == 0) problems.Add($"{folder}: no gold files found");
        return problems;
    }

    public static IEnumerable<string> ValidateArticle(string text, IReadOnlyList<Entity> entities)
    {
        int previousEnd = 0;
        foreach (var e in entities)
        {
            var label = $"{e.Type} [{e.Start},{e.End}) '{e.Text}'";
            if (e.Start < 0 || e.End > text.Length || e.Start >= e.End) { yield return $"{label}: span outside the text or empty"; continue; }
            if (text[e.Start..e.End] != e.Text) yield return $"{label}: text differs from the article ('{text[e.Start..e.End]}')";
            if (char.IsWhiteSpace(text[e.Start]) || char.IsWhiteSpace(text[e.End - 1])) yield return $"{label}: whitespace at a span edge";
            if (e.Start < previousEnd) yield return $"{label}: overlaps or is out of order";
            previousEnd = Math.Max(previousEnd, e.End);
            foreach (var problem in FieldProblems(e)) yield return $"{label}: {problem}";
        }
    }

    private static IEnumerable<string> FieldProblems(Entity e)
    {
        switch (e.Type)
        {
            case EntityType.MONEY:
                if (e.Number is null) yield return "MONEY needs a numeric value";
                if (e.Currency is not null && !CurrencyCode().IsMatch(e.Currency)) yield return "currency is not an ISO 4217 code";
                break;
            case EntityType.PERCENT:
                if (e.Number is null) yield return "PERCENT needs a numeric value";
                if (e.Unit is not ("%" or "pp" or "bp")) yield return "PERCENT unit must be %, pp or bp";
                break;
            case EntityType.QUANTITY:
                if (e.Number is null) yield return "QUANTITY needs a numeric value";
                if (string.IsNullOrWhiteSpace(e.Unit)) yield return "QUANTITY needs a unit";
                break;
            case EntityType.DURATION:
                if (e.Iso is null || !IsoDuration().IsMatch(e.Iso)) yield return "DURATION value must be ISO 8601";
                break;
            case EntityType.COMPANY:
                if (string.IsNullOrWhiteSpace(e.Canonical)) yield return "COMPANY needs a canonical name";
                break;
            case EntityType.CHIP:
                if (string.IsNullOrWhiteSpace(e.Vendor)) yield return "CHIP needs a vendor";
                break;
        }
    }
}
