using System.Globalization;
using Extractor.Lexicons;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Mentions.Time;

/// <summary>
/// Gives DATE entities that count from the article's date a value, once a reference date is known
/// (<see cref="ExtractorOptions.ReferenceDate"/>): <c>ayer</c> → the day before, <c>el pasado jueves</c> → the
/// last Thursday before it, <c>el lunes</c> → the last Monday on or before it (news reports what happened),
/// <c>el próximo viernes</c> → the next Friday after it, <c>el año pasado</c> → the year before, <c>este
/// trimestre</c> → its quarter, <c>el 15 de marzo</c> and <c>marzo</c> → in its year. A DATE that already has a
/// value, or that is a vaguer period (<c>finales de año</c>, <c>el verano</c>), is left as it is. The words are
/// in Lexicons/relative-dates.tsv.
/// </summary>
internal sealed class RelativeDateResolver : IMentionResolver
{
    private readonly DateOnly _reference;
    private readonly TimeLexicon _time;
    private readonly WordTable<(string Kind, string Value)> _words;

    public RelativeDateResolver(DateOnly reference, TimeLexicon time, WordTable<(string Kind, string Value)> words)
    {
        _reference = reference;
        _time = time;
        _words = words;
    }

    public static RelativeDateResolver LoadDefault(DateOnly reference, TimeLexicon time) =>
        new(reference, time, new WordTable<(string, string)>(LexiconFile.ReadEmbedded("relative-dates.tsv").Select(r => (r[0], (r[1], r[2])))));

    public List<Entity> Resolve(Document document, List<Entity> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
            if (mentions[i] is { Type: EntityType.DATE, Iso: null } date && ValueOf(date.Text) is { } value)
                mentions[i] = date with { Iso = value };
        return mentions;
    }

    /// <summary>The ISO value of a date expression counted from the reference date, or null.</summary>
    public string? ValueOf(string text)
    {
        var words = text.Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Any(w => w.Length == 4 && w.All(char.IsAsciiDigit))) return null;
        // Leading determiners carry nothing but 'este'/'esta' (this unit).
        int first = words[0].Equals("el", StringComparison.OrdinalIgnoreCase) || words[0].Equals("la", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        int direction = 0;
        bool current = false;
        string? unit = null;
        int? weekday = null, month = null, day = null;
        for (int w = first; w < words.Length; w++)
        {
            var word = words[w];
            if (_words.TryGet(word, out var entry))
            {
                switch (entry.Kind)
                {
                    case "day" when words.Length - first == 1: return Iso(_reference.AddDays(int.Parse(entry.Value, CultureInfo.InvariantCulture)));
                    case "direction": direction = int.Parse(entry.Value, CultureInfo.InvariantCulture); continue;
                    case "this": current = true; continue;
                    case "unit": unit = entry.Value; continue;
                }
                return null;
            }
            if (_time.Weekdays.TryGet(word, out int wd)) { weekday = wd; continue; }
            if (_time.Months.TryGet(word, out int m)) { month = m; continue; }
            if (word.Equals("de", StringComparison.OrdinalIgnoreCase)) continue;
            if (word.Length <= 2 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int d)) { day = d; continue; }
            return null; // a word this resolver does not know: a period it cannot place (finales, verano…)
        }

        if (weekday is { } target && unit is null && month is null && day is null)
        {
            // ISO weekdays: Monday 1 … Sunday 7; .NET's DayOfWeek has Sunday 0.
            int today = _reference.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)_reference.DayOfWeek;
            int back = (today - target + 7) % 7;
            if (direction > 0) return Iso(_reference.AddDays((target - today + 7) % 7 is 0 ? 7 : (target - today + 7) % 7));
            if (direction < 0 && back == 0) back = 7;
            return Iso(_reference.AddDays(-back));
        }
        if (unit is not null && weekday is null && month is null && day is null && (direction != 0 || current))
            return Shift(unit, direction);
        if (month is { } mo && weekday is null && unit is null && direction == 0)
        {
            if (day is null) return $"{_reference.Year:D4}-{mo:D2}";
            return day <= DateTime.DaysInMonth(_reference.Year, mo) ? Iso(new DateOnly(_reference.Year, mo, day.Value)) : null;
        }
        return null;
    }

    private string Shift(string unit, int by) => unit switch
    {
        "year" => (_reference.Year + by).ToString("D4", CultureInfo.InvariantCulture),
        "month" => _reference.AddMonths(by).ToString("yyyy-MM", CultureInfo.InvariantCulture),
        "quarter" => Period(_reference.Year * 4 + (_reference.Month - 1) / 3 + by, 4, 'Q'),
        "half" => Period(_reference.Year * 2 + (_reference.Month - 1) / 6 + by, 2, 'H'),
        _ => throw new InvalidOperationException($"Unknown calendar unit '{unit}' in relative-dates.tsv."),
    };

    private static string Period(int index, int perYear, char letter) =>
        $"{index / perYear:D4}-{letter}{index % perYear + 1}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
