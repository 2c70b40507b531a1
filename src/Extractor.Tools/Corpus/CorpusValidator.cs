using System.Text.RegularExpressions;
using Extractor.Records;

using Extractor.Events;

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
            problems.AddRange(ValidateEvents(gold.Entities, gold.Events).Select(p => $"{where}: {p}"));
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

    /// <summary>
    /// Every event has its required slots, and every slot value is the normalised value of an entity of the right type
    /// in the same article (a company by canonical name, money by value and currency, a loss or a fall by its magnitude).
    /// </summary>
    public static IEnumerable<string> ValidateEvents(IReadOnlyList<Entity> entities, IReadOnlyList<ArticleEvent> events)
    {
        int n = 0;
        foreach (var e in events)
        {
            n++;
            var label = $"event {n} ({e.Type})";
            foreach (var problem in EventSchema.Problems(e)) yield return $"{label}: {problem}";
            foreach (var company in new[] { ("buyer", e.Buyer), ("seller", e.Seller), ("target", e.Target), ("company", e.Company) })
                if (company.Item2 is { } c && !entities.Any(x => x.Type == EntityType.COMPANY && (x.Canonical ?? x.Text) == ArticleEvent.NameOf(c)))
                    yield return $"{label}: {company.Item1} '{ArticleEvent.NameOf(c)}' is no COMPANY's canonical name in the article";
            foreach (var (slot, figure, type) in new[] { ("amount", e.Amount, EntityType.MONEY), ("price", e.Price, EntityType.MONEY), ("stake", e.Stake, EntityType.PERCENT), ("change", e.Change, EntityType.PERCENT) })
                if (figure is not null && !entities.Any(x => x.Type == type && x.Number == Math.Abs(figure.Value) && (type != EntityType.MONEY || x.Currency == figure.Currency)))
                    yield return $"{label}: {slot} {figure.Value} {figure.Currency} is no {type} of the article";
            if (e.Duration is { } d && !entities.Any(x => x.Type == EntityType.DURATION && x.Iso == d.Iso)) yield return $"{label}: duration '{d.Iso}' is no DURATION of the article";
            if (e.Period is { } p && !entities.Any(x => x.Type == EntityType.DATE && x.Text == p.Text)) yield return $"{label}: period '{p.Text}' is no DATE of the article";
            foreach (var chip in e.Chips)
                if (!entities.Any(x => x.Type == EntityType.CHIP && x.Text == chip.Text)) yield return $"{label}: chip '{chip.Text}' is no CHIP of the article";
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
