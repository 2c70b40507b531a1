using Extractor.Mentions.Numbers;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Mentions.Time;

/// <summary>
/// DURATION: a numeral and a unit of time ('siete años' P7Y, 'un trimestre' P3M, 'año y medio' P18M, '48 horas'
/// PT48H). Ages ('Ana Botín, de 64 años') are not durations.
/// </summary>
public sealed class DurationRecognizer : IMentionRecognizer
{
    private readonly NumeralParser _numerals;
    private readonly TimeLexicon _time;

    public DurationRecognizer(NumeralParser numerals, TimeLexicon time)
    {
        _numerals = numerals;
        _time = time;
    }

    public void Recognize(Document document, List<Entity> mentions)
    {
        var convention = NumberConventionDetector.Detect(document);
        int i = 0;
        while (i < document.Tokens.Length)
        {
            int next = i + 1;
            if (_numerals.TryParse(document, i, convention, out var numeral)
                && !numeral.Is(NumeralForm.Vague) && !numeral.Is(NumeralForm.YearLike) && !numeral.Is(NumeralForm.Scaled)
                && _time.Units.TryMatch(document, numeral.EndToken, out var unit, out int end))
            {
                decimal amount = numeral.Value;
                if (IsHalf(document, end)) { amount += 0.5m; end += 2; }
                if (!IsAge(document, i, end)) Add(document, mentions, i, end, IsoDuration.Format(amount, unit));
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

    private static bool IsHalf(Document document, int index) =>
        document.TokenIs(index, "y") && (document.TokenIs(index + 1, "medio") || document.TokenIs(index + 1, "media"));

    // 'X, de 64 años', 'a los 54 años', '37 años de edad'.
    private static bool IsAge(Document document, int first, int end)
    {
        if (document.TokenIs(end, "de") && document.TokenIs(end + 1, "edad")) return true;
        if (document.TokenIs(first - 1, "los") && document.TokenIs(first - 2, "a")) return true;
        if (!document.TokenIs(first - 1, "de") || first < 2) return false;
        var before = document.Tokens[first - 2];
        var text = document.TokenSpan(first - 2);
        return text is "," || (before.Kind == TokenKind.Word && char.IsUpper(text[0]) && document.TokenIs(end, ","));
    }

    private static void Add(Document document, List<Entity> mentions, int first, int end, string iso)
    {
        int start = document.Tokens[first].Start, stop = document.Tokens[end - 1].End;
        mentions.Add(new Entity(EntityType.DURATION, start, stop, document.Text[start..stop]) { Iso = iso });
    }
}
