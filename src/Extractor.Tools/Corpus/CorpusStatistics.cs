using System.Text.RegularExpressions;
using Extractor.Records;

using Extractor.Events;

namespace Extractor.Corpus;

/// <summary>The coverage counts the corpus is held to: companies, currencies, chips, forms of amounts, people, headings.</summary>
public static partial class CorpusStatistics
{
    [GeneratedRegex(@"^[\p{Lu}\d\s\p{P}]{6,}$", RegexOptions.Multiline)]
    private static partial Regex CapitalHeading();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    public static List<(string Name, long Count)> Compute(string folder)
    {
        var perSplit = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var perType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var companies = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var currencies = new HashSet<string>();
        var chips = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var chipVendors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long words = 0, minWords = long.MaxValue, maxWords = 0;
        int articles = 0, chipArticles = 0, headingArticles = 0, abbreviated = 0;
        int digits = 0, inWords = 0, mixed = 0, vague = 0, ranges = 0, noCurrency = 0;
        var people = new HashSet<string>(StringComparer.Ordinal);
        var events = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var eventSlots = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void CountEvent(string key) => events[key] = events.GetValueOrDefault(key) + 1;

        foreach (var (textPath, goldPath) in CorpusLayout.Pairs(folder))
        {
            var text = File.ReadAllText(textPath);
            var gold = CorpusLayout.ReadGold(goldPath);
            articles++;
            var split = Path.GetFileName(Path.GetDirectoryName(textPath)!);
            perSplit[split] = perSplit.GetValueOrDefault(split) + 1;
            long count = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            words += count;
            minWords = Math.Min(minWords, count);
            maxWords = Math.Max(maxWords, count);
            if (CapitalHeading().Matches(text).Any(m => m.Value.Any(char.IsLetter))) headingArticles++;
            bool hasChip = false;
            foreach (var e in gold.Entities)
            {
                perType[e.Type.ToString()] = perType.GetValueOrDefault(e.Type.ToString()) + 1;
                switch (e.Type)
                {
                    case EntityType.COMPANY:
                        companies.Add(e.Canonical ?? e.Text);
                        if (!string.Equals(e.Canonical, e.Text, StringComparison.OrdinalIgnoreCase) && e.Text.All(c => char.IsUpper(c) || !char.IsLetter(c))) abbreviated++;
                        break;
                    case EntityType.MONEY:
                        if (e.Currency is { } code) currencies.Add(code); else noCurrency++;
                        bool hasDigit = Digit().IsMatch(e.Text);
                        bool hasNumberWord = Regex.IsMatch(e.Text, @"\b(mil|millones|millón|millardos?|billones|billón|cien|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|cuarenta|cincuenta|medio)\b", RegexOptions.IgnoreCase);
                        if (Regex.IsMatch(e.Text, @"^(miles|cientos|decenas|millones)\b", RegexOptions.IgnoreCase)) vague++;
                        else if (hasDigit && hasNumberWord) mixed++;
                        else if (hasDigit) digits++;
                        else inWords++;
                        if (!Regex.IsMatch(e.Text, @"[\p{L}$€£¥]")) ranges++;
                        break;
                    case EntityType.CHIP:
                        hasChip = true;
                        chips.Add(e.Text);
                        if (e.Vendor != null) chipVendors.Add(e.Vendor);
                        break;
                    case EntityType.PERSON:
                        people.Add(e.Text);
                        break;
                }
            }
            if (hasChip) chipArticles++;
            foreach (var e in gold.Events)
            {
                CountEvent($"events {e.Type}");
                if (e.Kind is { } kind) CountEvent($"events DEAL kind {kind}");
                if (e.Metric is { } metric) CountEvent($"events RESULTS metric {metric}");
                foreach (var slot in EventSchema.Slots[e.Type].Where(slot => EventSchema.Has(e, slot)))
                    eventSlots[$"event slot {e.Type}.{slot}"] = eventSlots.GetValueOrDefault($"event slot {e.Type}.{slot}") + 1;
            }
        }

        var rows = new List<(string, long)> { ("articles", articles) };
        rows.AddRange(perSplit.Select(kv => ($"articles in {kv.Key}", (long)kv.Value)));
        rows.Add(("words (all articles)", words));
        rows.Add(("words per article, fewest", articles == 0 ? 0 : minWords));
        rows.Add(("words per article, most", maxWords));
        rows.AddRange(perType.Select(kv => ($"{kv.Key} mentions", (long)kv.Value)));
        rows.Add(("distinct companies (canonical)", companies.Count));
        rows.Add(("company mentions by abbreviation", abbreviated));
        rows.Add(("distinct currencies", currencies.Count));
        rows.Add(("MONEY without currency", noCurrency));
        rows.Add(("MONEY in digits", digits));
        rows.Add(("MONEY in words", inWords));
        rows.Add(("MONEY mixed digits and words", mixed));
        rows.Add(("MONEY vague", vague));
        rows.Add(("MONEY bare range ends", ranges));
        rows.Add(("articles naming chips", chipArticles));
        rows.Add(("distinct chip names", chips.Count));
        rows.Add(("distinct chip vendors", chipVendors.Count));
        rows.Add(("distinct people", people.Count));
        rows.Add(("articles with headings in capitals", headingArticles));
        rows.Add(("events", events.Where(kv => kv.Key.Count(c => c == ' ') == 1).Sum(kv => (long)kv.Value)));
        rows.AddRange(events.Select(kv => (kv.Key, (long)kv.Value)));
        rows.AddRange(eventSlots.Select(kv => (kv.Key, (long)kv.Value)));
        return rows;
    }
}
