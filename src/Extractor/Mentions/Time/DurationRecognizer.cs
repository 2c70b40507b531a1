using Extractor.Lexicons;
using Extractor.Mentions.Numbers;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Mentions.Time;

/// <summary>
/// DURATION: a numeral and a unit of time ('siete años' P7Y, 'un trimestre' P3M, 'año y medio' P18M, '48 horas'
/// PT48H). Ages count as durations ('Ana Botín, de [64 años]'), as the real-press gold has them.
/// </summary>
internal sealed partial class DurationRecognizer : IMentionRecognizer
{
    private readonly NumeralParser _numerals;
    private readonly TimeLexicon _time;

    private readonly WordTable<bool> _starters;

    public DurationRecognizer(NumeralParser numerals, TimeLexicon time)
    {
        _numerals = numerals;
        _time = time;
        // A duration begins with a numeral or, in 'año y medio', with the unit itself.
        _starters = new WordTable<bool>(numerals.Lexicon.Numerals.Words.Concat(time.Units.FirstWords).Select(w => (w, true)));
    }

    public void Recognize(Document document, List<Entity> mentions)
    {
        var convention = NumberConventionDetector.Detect(document);
        int i = 0;
        while (i < document.Tokens.Length)
        {
            int next = i + 1;
            var kind = document.Tokens[i].Kind;
            if (kind is not (TokenKind.Number or TokenKind.AlphaNumeric) && !(kind == TokenKind.Word && _starters.Contains(document.TokenSpan(i))))
            {
                i = next;
                continue;
            }
            if (_numerals.TryParse(document, i, convention, out var numeral)
                && !numeral.Is(NumeralForm.Vague) && !numeral.Is(NumeralForm.YearLike) && !numeral.Is(NumeralForm.Scaled)
                && _time.Units.TryMatch(document, SkipOrderAdjective(document, numeral.EndToken), out var unit, out int end)
                && !(numeral.Is(NumeralForm.LoneOne) && document.TokenIs(end - 1, "jornada")))
            {
                decimal amount = numeral.Value;
                if (IsHalf(document, end)) { amount += 0.5m; end += 2; }
                if (!IsClockTime(document, i, unit) && !IsTitle(document, i, end)
                    && !(numeral.Is(NumeralForm.LoneOne) && DescribesThePeriod(document, end)))
                {
                    AddRangeStart(document, mentions, i, unit, convention);
                    Add(document, mentions, i, end, IsoDuration.Format(amount, unit));
                }
                next = end;
            }
            else if (_time.Units.TryMatch(document, i, out var bare, out int bareEnd) && IsHalf(document, bareEnd)
                     && !(i > 0 && _numerals.TryParse(document, i - 1, convention, out _)))
            {
                // 'año y medio', 'mes y medio'
                Add(document, mentions, i, bareEnd + 2, IsoDuration.Format(1.5m, bare));
                next = bareEnd + 2;
            }
            i = next;
        }
    }

    // 'los nueve primeros meses': an order adjective between the number and the unit stays in the span.
    private static int SkipOrderAdjective(Document document, int index) =>
        document.TokenIs(index, "primeros") || document.TokenIs(index, "primeras") || document.TokenIs(index, "últimos")
        || document.TokenIs(index, "últimas") || document.TokenIs(index, "próximos") || document.TokenIs(index, "próximas")
            ? index + 1
            : index;

    // 'entre [seis] y doce meses', '[tres] o cuatro años': the bare first number takes the unit of the second.
    private void AddRangeStart(Document document, List<Entity> mentions, int second, TimeUnit unit, NumberConvention convention)
    {
        if (second < 2 || !(document.TokenIs(second - 1, "y") || document.TokenIs(second - 1, "o") || document.TokenIs(second - 1, "a"))) return;
        for (int b = second - 2; b >= Math.Max(0, second - 4); b--)
        {
            if (!_numerals.TryParse(document, b, convention, out var bare) || bare.EndToken != second - 1) continue;
            if (bare.Is(NumeralForm.Scaled) || bare.Is(NumeralForm.Vague) || bare.Is(NumeralForm.YearLike) || bare.Is(NumeralForm.LoneHalf)) return;
            // 'entre seis y doce meses', 'vencimientos a siete y doce años'
            if (document.TokenIs(second - 1, "y") && !document.TokenIs(b - 1, "entre") && !document.TokenIs(b - 1, "a")) return;
            Add(document, mentions, b, bare.EndToken, IsoDuration.Format(bare.Value, unit));
            return;
        }
    }

    // 'tras un ejercicio marcado por…', 'un año en el que…', 'un año más tarde': 'un' + unit that a description
    // follows names a period, not a length of time. ('un año de tramitación' stays a duration.)
    private static bool DescribesThePeriod(Document document, int end) =>
        document.TokenIs(end, "con")
        || (document.TokenIs(end, "en") && (document.TokenIs(end + 1, "el") || document.TokenIs(end + 1, "la")) && document.TokenIs(end + 2, "que"))
        || document.TokenIs(end, "que") || document.TokenIs(end, "más") || document.TokenIs(end, "muy")
        || (end < document.Tokens.Length && document.Tokens[end].Kind == TokenKind.Word && document.TokenSpan(end) is var w
            && (w.EndsWith("ado") || w.EndsWith("ada") || w.EndsWith("ido") || w.EndsWith("ida")));

    // 'a las 17.35 horas' is a time of day and 'las veinticuatro horas' round the clock; 'las 3.000 horas de
    // producción' is a length of time: a clock reads at most 24.
    private static bool IsClockTime(Document document, int first, TimeUnit unit) =>
        unit.IsTimeOfDay && document.TokenIs(first - 1, "las")
        && (document.Tokens[first].Kind == TokenKind.Word || ClockReading().IsMatch(document.TokenSpan(first)));

    [System.Text.RegularExpressions.GeneratedRegex("^([01]?[0-9]|2[0-4])([.:,][0-5][0-9])?$")]
    private static partial System.Text.RegularExpressions.Regex ClockReading();

    // 'Cinco Días' (a newspaper): a capitalised unit inside a sentence is a name, unless the line is all capitals.
    private static bool IsTitle(Document document, int first, int end)
    {
        var unit = document.TokenSpan(end - 1);
        if (!char.IsUpper(unit[0]) || unit.ToString().ToUpperInvariant() == unit.ToString()) return false;
        return first > 0 && !document.Sentences.Any(s => s.FirstToken == first);
    }

    private static bool IsHalf(Document document, int index) =>
        document.TokenIs(index, "y") && (document.TokenIs(index + 1, "medio") || document.TokenIs(index + 1, "media"));


    private static void Add(Document document, List<Entity> mentions, int first, int end, string iso)
    {
        int start = document.Tokens[first].Start, stop = document.Tokens[end - 1].End;
        mentions.Add(new Entity(EntityType.DURATION, start, stop, document.Text[start..stop]) { Iso = iso });
    }
}
