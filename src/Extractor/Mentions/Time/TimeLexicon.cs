using Extractor.Lexicons;

namespace Extractor.Mentions.Time;

/// <summary>Units of time, months and weekdays, from Lexicons/time-units.tsv and calendar.tsv.</summary>
internal sealed class TimeLexicon
{
    public required PhraseTable<TimeUnit> Units { get; init; }
    public required WordTable<int> Months { get; init; }
    public required WordTable<int> Weekdays { get; init; }

    /// <summary>Month abbreviations of wire datelines ('3 mar', '12 sep', '7 Ene'): read only after a day number.</summary>
    public required WordTable<int> MonthAbbreviations { get; init; }

    public static TimeLexicon LoadDefault()
    {
        var calendar = LexiconFile.ReadEmbedded("calendar.tsv");
        return new TimeLexicon
        {
            Units = new PhraseTable<TimeUnit>(LexiconFile.ReadEmbedded("time-units.tsv").Select(r =>
                (r[0], new TimeUnit(r[1][^1], r[1].StartsWith('T'), decimal.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture))))),
            Months = new WordTable<int>(calendar.Where(r => r[1] == "month").Select(r => (r[0], int.Parse(r[2])))),
            Weekdays = new WordTable<int>(calendar.Where(r => r[1] == "weekday").Select(r => (r[0], int.Parse(r[2])))),
            MonthAbbreviations = new WordTable<int>(calendar.Where(r => r[1] == "month-abbr").Select(r => (r[0], int.Parse(r[2])))),
        };
    }
}
