using Extractor.Lexicons;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Mentions.Time;

/// <summary>
/// DATE: calendar points and periods with their determiner ('el lunes', 'este año', 'finales de 2026',
/// 'el primer trimestre de 2025' = 2025-Q1, '15 de marzo de 2024' = 2024-03-15, '2027'). A value is given only
/// where it resolves without a reference date.
/// </summary>
internal sealed class DateRecognizer : IMentionRecognizer
{
    private readonly TimeLexicon _time;
    private readonly WordTable<(string Kind, int Value)> _words;
    private readonly WordTable<bool> _starters;

    public DateRecognizer(TimeLexicon time, WordTable<(string Kind, int Value)> words, IEnumerable<string> wordList)
    {
        _time = time;
        _words = words;
        // Every word a date pattern can begin with; any other word is passed over with one look-up.
        // Determiners open most patterns; 'lo' opens 'lo que va de año'.
        _starters = new WordTable<bool>(wordList.Concat(["el", "la", "este", "esta", "lo"]).Select(w => (w, true)));
    }

    public static DateRecognizer LoadDefault(TimeLexicon time)
    {
        var rows = LexiconFile.ReadEmbedded("date-words.tsv");
        var calendar = LexiconFile.ReadEmbedded("calendar.tsv").Select(r => r[0]);
        return new(time, new WordTable<(string, int)>(rows.Select(r => (r[0], (r[1], int.Parse(r[2]))))), rows.Select(r => r[0]).Concat(calendar));
    }

    public void Recognize(Document document, List<Entity> mentions)
    {
        int i = 0;
        while (i < document.Tokens.Length)
        {
            // Dates start with a word or a number; punctuation and symbols cannot.
            var kind = document.Tokens[i].Kind;
            bool candidate = kind == TokenKind.Number || (kind == TokenKind.Word && _starters.Contains(document.TokenSpan(i)));
            if (candidate && TryDate(document, i, out int end, out string? value))
            {
                int start = document.Tokens[i].Start, stop = document.Tokens[end - 1].End;
                mentions.Add(new Entity(EntityType.DATE, start, stop, document.Text[start..stop]) { Iso = value });
                i = end;
            }
            else i++;
        }
    }

    private bool TryDate(Document d, int i, out int end, out string? value)
    {
        value = null;
        end = i;
        bool determiner = d.TokenIs(i, "el") || d.TokenIs(i, "la") || d.TokenIs(i, "este") || d.TokenIs(i, "esta");
        int k = determiner ? i + 1 : i;

        // el primer trimestre (de 2025), el segundo semestre
        if (Is(d, k, "ordinal", out int ordinal) && (d.TokenIs(k + 1, "trimestre") || d.TokenIs(k + 1, "semestre") || d.TokenIs(k + 1, "mitad")))
        {
            bool quarter = d.TokenIs(k + 1, "trimestre");
            end = k + 2;
            if ((d.TokenIs(end, "de") || d.TokenIs(end, "del")) && Year(d, end + 1, out int year))
            {
                end += 2;
                value = quarter ? $"{year}-Q{ordinal}" : $"{year}-H{ordinal}";
            }
            else if (d.TokenIs(end, "de") && (d.TokenIs(end + 1, "este") || d.TokenIs(end + 1, "ese")) && d.TokenIs(end + 2, "año")) end += 3;
            else if (d.TokenIs(end, "del") && d.TokenIs(end + 1, "año")) end += 2;
            return !determiner || !d.TokenIs(i, "esta");
        }

        // lo que va de año
        if (d.TokenIs(i, "lo") && d.TokenIs(i + 1, "que") && d.TokenIs(i + 2, "va") && d.TokenIs(i + 3, "de") && (d.TokenIs(i + 4, "año") || d.TokenIs(i + 4, "ejercicio")))
        {
            end = i + 5;
            return true;
        }

        // (el / este) verano
        if (IsSeason(d, k) && (determiner || char.IsLower(d.TokenSpan(i)[0])))
        {
            end = k + 1;
            return true;
        }

        // el año pasado, el próximo año, este año, el ejercicio 2025, el año 2000
        if (Is(d, k, "calendar-unit", out _))
        {
            if (Year(d, k + 1, out int year)) { end = k + 2; value = year.ToString(); return true; }
            if (d.TokenIs(k + 1, "fiscal") && Year(d, k + 2, out year)) { end = k + 3; value = year.ToString(); return true; }
            if (Is(d, k + 1, "relative", out _) && determiner) { end = k + 2; return true; }
            if (determiner && (d.TokenIs(i, "este") || d.TokenIs(i, "esta"))) { end = k + 1; return true; }
        }
        if (determiner && !d.TokenIs(i, "este") && Is(d, k, "relative", out _) && Is(d, k + 1, "calendar-unit", out _))
        {
            end = k + 2;
            return true;
        }

        // finales de 2026, mediados de marzo, principios de año
        if (!determiner && Is(d, i, "period", out _) && d.TokenIs(i + 1, "de"))
        {
            if (Year(d, i + 2, out _)) { end = i + 3; return true; }
            if (_time.Months.Contains(d.TokenSpan(Math.Min(i + 2, d.Tokens.Length - 1))) && i + 2 < d.Tokens.Length)
            {
                end = i + 3;
                if (d.TokenIs(end, "de") && Year(d, end + 1, out _)) end += 2;
                return true;
            }
            if (d.TokenIs(i + 2, "año") || d.TokenIs(i + 2, "mes")) { end = i + 3; return true; }
            if (d.TokenIs(i + 2, "la") && (d.TokenIs(i + 3, "década") || d.TokenIs(i + 3, "semana"))) { end = i + 4; return true; }
        }
        if (!determiner && d.TokenIs(i, "fin") && d.TokenIs(i + 1, "de") && (d.TokenIs(i + 2, "año") || Year(d, i + 2, out _)))
        {
            end = i + 3;
            return true;
        }

        // (el) 15 de marzo (de 2024)
        if (Day(d, k, out int day) && d.TokenIs(k + 1, "de") && k + 2 < d.Tokens.Length && _time.Months.TryGet(d.TokenSpan(k + 2), out int month))
        {
            end = k + 3;
            if ((d.TokenIs(end, "de") || d.TokenIs(end, "del")) && Year(d, end + 1, out int year))
            {
                end += 2;
                value = $"{year:D4}-{month:D2}-{day:D2}";
            }
            return true;
        }

        // marzo (de 2024); 'enero a septiembre' is one period
        if (!determiner && _time.Months.TryGet(d.TokenSpan(i), out int onlyMonth) && char.IsLower(d.TokenSpan(i)[0]))
        {
            end = i + 1;
            if (d.TokenIs(end, "a") && end + 1 < d.Tokens.Length && _time.Months.Contains(d.TokenSpan(end + 1)))
            {
                end += 2;
                if ((d.TokenIs(end, "de") || d.TokenIs(end, "del")) && Year(d, end + 1, out _)) end += 2;
                return true;
            }
            if ((d.TokenIs(end, "de") || d.TokenIs(end, "del")) && Year(d, end + 1, out int year))
            {
                end += 2;
                value = $"{year:D4}-{onlyMonth:D2}";
            }
            return true;
        }

        // (el / este) lunes (pasado), el pasado jueves, el próximo viernes: the relative word belongs to the date
        if (determiner && !d.TokenIs(i, "esta") && !d.TokenIs(i, "la") && Is(d, k, "relative", out _) && k + 1 < d.Tokens.Length && _time.Weekdays.Contains(d.TokenSpan(k + 1)))
        {
            end = k + 2;
            return true;
        }
        if (k < d.Tokens.Length && _time.Weekdays.Contains(d.TokenSpan(k)) && !d.TokenIs(i, "esta") && !d.TokenIs(i, "la"))
        {
            end = k + 1;
            if (determiner && Is(d, end, "relative", out _)) end++;
            return true;
        }

        if (!determiner && Is(d, i, "deictic", out _)) { end = i + 1; return true; }

        if (!determiner && Year(d, i, out int alone))
        {
            end = i + 1;
            value = alone.ToString();
            return true;
        }
        return false;
    }

    private bool Is(Document d, int index, string kind, out int value)
    {
        value = 0;
        if (index >= d.Tokens.Length || !_words.TryGet(d.TokenSpan(index), out var entry) || entry.Kind != kind) return false;
        value = entry.Value;
        return true;
    }

    private static bool IsSeason(Document d, int index) =>
        d.TokenIs(index, "verano") || d.TokenIs(index, "otoño") || d.TokenIs(index, "invierno") || d.TokenIs(index, "primavera");

    private static bool Year(Document d, int index, out int year)
    {
        year = 0;
        if (index >= d.Tokens.Length || d.Tokens[index].Kind != TokenKind.Number || d.Tokens[index].Length != 4) return false;
        return int.TryParse(d.TokenSpan(index), out year) && year is >= 1900 and <= 2100;
    }

    private static bool Day(Document d, int index, out int day)
    {
        day = 0;
        if (index >= d.Tokens.Length || d.Tokens[index].Kind != TokenKind.Number || d.Tokens[index].Length > 2) return false;
        return int.TryParse(d.TokenSpan(index), out day) && day is >= 1 and <= 31;
    }
}
