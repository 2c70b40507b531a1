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
        // After 'del'/'al' the contraction stays outside and the date begins at the next word ('del [año anterior]').
        bool afterContraction = !determiner && (d.TokenIs(i - 1, "del") || d.TokenIs(i - 1, "al"));

        // 'el pasado viernes', 'El pasado 30 de noviembre', 'a partir del [próximo lunes]': the adjective inside.
        if ((determiner || afterContraction) && IsPastOrNext(d, k) && (IsWeekday(d, k + 1) || IsDayOfMonth(d, k + 1)))
        {
            if (IsWeekday(d, k + 1)) { end = k + 2; return !d.TokenIs(i, "esta") && !d.TokenIs(i, "la"); }
            return DayOfMonth(d, k + 1, out end, out value);
        }

        // 'el día 15 de julio de 2025'
        if (determiner && d.TokenIs(k, "día") && IsDayOfMonth(d, k + 1)) return DayOfMonth(d, k + 1, out end, out value);

        // 'el 2006', 'este 2018': a year with its determiner.
        if (determiner && !d.TokenIs(i, "la") && !d.TokenIs(i, "esta") && Year(d, k, out int determinedYear) && !d.TokenIs(k + 1, "-"))
        {
            end = k + 1;
            value = determinedYear.ToString();
            return true;
        }

        // Wire datelines: 'Bogotá, 3 mar (EFE).-', '12 sep', '7 Ene'.
        // ('el 12 sep.' keeps its determiner, as 'el 12 de septiembre' does.)
        if ((!determiner || d.TokenIs(i, "el")) && Day(d, k, out _) && k + 1 < d.Tokens.Length && _time.MonthAbbreviations.TryGet(d.TokenSpan(k + 1).TrimEnd('.'), out _)
            && d.Tokens[k + 1].Start - d.Tokens[k].End == 1 && (d.TokenSpan(k + 1).EndsWith(".") || EndsDateline(d, k + 2)))
        {
            end = k + 2;
            if (!d.TokenSpan(k + 1).EndsWith(".") && d.TokenIs(end, ".") && d.Tokens[end].Start == d.Tokens[end - 1].End) end++;
            return true;
        }

        // el primer trimestre (de 2025), el segundo semestre
        if (Is(d, k, "ordinal", out int ordinal) && (d.TokenIs(k + 1, "trimestre") || d.TokenIs(k + 1, "semestre") || d.TokenIs(k + 1, "mitad")))
        {
            bool quarter = d.TokenIs(k + 1, "trimestre");
            end = k + 2;
            // 'su tercer trimestre fiscal'
            if (d.TokenIs(end, "fiscal")) end++;
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
        // lo que va de año, lo que va del año, lo que va de 2018, lo que va de mes
        if (d.TokenIs(i, "lo") && d.TokenIs(i + 1, "que") && d.TokenIs(i + 2, "va") && (d.TokenIs(i + 3, "de") || d.TokenIs(i + 3, "del"))
            && (Is(d, i + 4, "calendar-unit", out _) || Year(d, i + 4, out _)))
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
            if (Is(d, k + 1, "relative", out _) && (determiner || afterContraction)) { end = k + 2; return true; }
            if (determiner && (d.TokenIs(i, "este") || d.TokenIs(i, "esta"))) { end = k + 1; return true; }
        }
        if ((determiner || afterContraction) && !d.TokenIs(i, "este") && Is(d, k, "relative", out _) && Is(d, k + 1, "calendar-unit", out _))
        {
            end = k + 2;
            // 'el último trimestre del año', 'el último trimestre de 2024'
            if ((d.TokenIs(end - 1, "trimestre") || d.TokenIs(end - 1, "semestre")) && (d.TokenIs(end, "del") && d.TokenIs(end + 1, "año")
                || (d.TokenIs(end, "de") || d.TokenIs(end, "del")) && Year(d, end + 1, out _))) end += 2;
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
            if (d.TokenIs(i + 2, "año") || d.TokenIs(i + 2, "mes") || d.TokenIs(i + 2, "semana") || d.TokenIs(i + 2, "ejercicio")) { end = i + 3; return true; }
            // 'finales de este año', 'principios de este mes', 'mediados del próximo año'
            if ((d.TokenIs(i + 2, "este") || d.TokenIs(i + 2, "esta") || d.TokenIs(i + 2, "ese")) && Is(d, i + 3, "calendar-unit", out _)) { end = i + 4; return true; }
            if (d.TokenIs(i + 2, "la") && (d.TokenIs(i + 3, "década") || d.TokenIs(i + 3, "semana"))) { end = i + 4; return true; }
        }
        if (!determiner && Is(d, i, "period", out _) && d.TokenIs(i + 1, "del") && Is(d, i + 2, "relative", out _) && Is(d, i + 3, "calendar-unit", out _))
        {
            end = i + 4;
            return true;
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
        if (!determiner && _time.Months.TryGet(d.TokenSpan(i), out int onlyMonth) && (char.IsLower(d.TokenSpan(i)[0]) || IsCapitals(d.TokenSpan(i))))
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

        // (el / este) lunes
        // (el / este) lunes; 'el viernes último', 'el lunes pasado'; not 'un lunes negro'
        if (k < d.Tokens.Length && _time.Weekdays.Contains(d.TokenSpan(k)) && !d.TokenIs(i, "esta") && !d.TokenIs(i, "la")
            && (determiner || !(d.TokenIs(i - 1, "un") || d.TokenIs(i - 1, "una") || d.TokenIs(i - 1, "cada"))))
        {
            end = k + 1;
            if (determiner && (IsPastOrNext(d, end) || d.TokenIs(end, "último"))) end++;
            return true;
        }

        // 'hoy', 'ayer'; not 'hoy en día' or 'hoy día' (nowadays)
        if (!determiner && Is(d, i, "deictic", out _) && !(d.TokenIs(i, "hoy") && (d.TokenIs(i + 1, "día") || d.TokenIs(i + 1, "en") && d.TokenIs(i + 2, "día"))))
        {
            end = i + 1;
            return true;
        }

        if (!determiner && Year(d, i, out int alone))
        {
            end = i + 1;
            value = alone.ToString();
            return true;
        }
        return false;
    }

    private static bool IsPastOrNext(Document d, int index) =>
        d.TokenIs(index, "pasado") || d.TokenIs(index, "pasada") || d.TokenIs(index, "próximo") || d.TokenIs(index, "próxima");

    private bool IsWeekday(Document d, int index) => index < d.Tokens.Length && _time.Weekdays.Contains(d.TokenSpan(index));

    private bool IsDayOfMonth(Document d, int index) =>
        Day(d, index, out _) && d.TokenIs(index + 1, "de") && index + 2 < d.Tokens.Length && _time.Months.Contains(d.TokenSpan(index + 2));

    // '15 de marzo (de 2024)' from its day number.
    private bool DayOfMonth(Document d, int index, out int end, out string? value)
    {
        value = null;
        Day(d, index, out int day);
        _time.Months.TryGet(d.TokenSpan(index + 2), out int month);
        end = index + 3;
        if ((d.TokenIs(end, "de") || d.TokenIs(end, "del")) && Year(d, end + 1, out int year))
        {
            end += 2;
            value = $"{year:D4}-{month:D2}-{day:D2}";
        }
        return true;
    }

    // A dateline's date is followed by the agency in brackets, punctuation, a year or the end of the line.
    private static bool EndsDateline(Document d, int index) =>
        index >= d.Tokens.Length || d.Tokens[index].Kind == TokenKind.Punctuation || Year(d, index, out _)
        || d.Text.AsSpan(d.Tokens[index - 1].End, d.Tokens[index].Start - d.Tokens[index - 1].End).Contains('\n');

    private static bool IsCapitals(ReadOnlySpan<char> word) => word.Length >= 4 && !word.ContainsAnyInRange('a', 'z') && !word.Contains('ñ');

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
