using Extractor.Lexicons;
using Extractor.Mentions.Numbers;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Mentions.Time;

/// <summary>
/// DURATION: a numeral and a unit of time ('siete años' P7Y, 'un trimestre' P3M, 'año y medio' P18M, '48 horas'
/// PT48H). Ages ('Ana Botín, de 64 años') are not durations.
/// </summary>
internal sealed class DurationRecognizer : IMentionRecognizer
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
                if (!IsAge(document, i, end, unit) && !IsClockTime(document, i, unit) && !IsTitle(document, i, end)
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

    // 'a las 17.35 horas' is a time of day.
    private static bool IsClockTime(Document document, int first, TimeUnit unit) =>
        unit.IsTimeOfDay && document.TokenIs(first - 1, "las");

    // 'Cinco Días' (a newspaper): a capitalised unit inside a sentence is a name, unless the line is all capitals.
    private static bool IsTitle(Document document, int first, int end)
    {
        var unit = document.TokenSpan(end - 1);
        if (!char.IsUpper(unit[0]) || unit.ToString().ToUpperInvariant() == unit.ToString()) return false;
        return first > 0 && !document.Sentences.Any(s => s.FirstToken == first);
    }

    private static bool IsHalf(Document document, int index) =>
        document.TokenIs(index, "y") && (document.TokenIs(index + 1, "medio") || document.TokenIs(index + 1, "media"));

    // 'X, de 64 años', 'a los 54 años', '37 años de edad', 'a partir de los 55 años'. Ages are counted in years.
    private static bool IsAge(Document document, int first, int end, TimeUnit unit)
    {
        if (unit.Designator != 'Y' || unit.IsTimeOfDay || unit.Amount != 1) return false;
        if (document.TokenIs(end, "de") && document.TokenIs(end + 1, "edad")) return true;
        // 'jóvenes de entre 18 y 25 años'
        if (document.TokenIs(first - 3, "entre") && document.TokenIs(first - 4, "de") && document.TokenIs(first - 1, "y")
            && int.TryParse(document.TokenSpan(first - 2), out int low) && low >= 14) return true;
        if (document.TokenIs(first - 1, "entre") && document.TokenIs(first - 2, "de") && document.TokenIs(end, "y")) return true;
        // 'a partir de los 55 años', 'mayores de 55 años'; but 'los 55 años de historia' is a length of time.
        bool lifeSpan = document.TokenIs(end, "de") && (document.TokenIs(end + 1, "historia") || document.TokenIs(end + 1, "vida")
                        || document.TokenIs(end + 1, "existencia") || document.TokenIs(end + 1, "trayectoria"));
        if ((document.TokenIs(first - 1, "los") || (document.TokenIs(first - 1, "de") && (document.TokenIs(first - 2, "mayores") || document.TokenIs(first - 2, "menores"))))
            && !lifeSpan && document.Tokens[first].Kind == TokenKind.Number
            && int.TryParse(document.TokenSpan(first), out int years) && years is >= 16 and <= 110) return true;
        if (!document.TokenIs(first - 1, "de") || first < 2) return false;
        var before = document.Tokens[first - 2];
        var text = document.TokenSpan(first - 2);
        return text is "," || (before.Kind == TokenKind.Word && char.IsUpper(text[0]) && document.TokenIs(end, ",")
                               && !(text is "El" or "La" or "Los" or "Las" or "Un" or "Una"));
    }

    private static void Add(Document document, List<Entity> mentions, int first, int end, string iso)
    {
        int start = document.Tokens[first].Start, stop = document.Tokens[end - 1].End;
        mentions.Add(new Entity(EntityType.DURATION, start, stop, document.Text[start..stop]) { Iso = iso });
    }
}
