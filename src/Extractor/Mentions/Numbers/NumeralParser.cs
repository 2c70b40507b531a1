using Extractor.Text;

namespace Extractor.Mentions.Numbers;

/// <summary>
/// Reads the numeral that starts at a token: digits with the article's convention ('38.000', '3,5'), words
/// ('ciento cincuenta', 'dos mil quinientos', 'un millón'), mixed forms ('3,5 millones', '2 mil millones') and
/// vague amounts ('cientos de miles', 'miles de millones').
/// </summary>
internal sealed class NumeralParser
{
    private readonly NumberLexicon _lexicon;

    public NumeralParser(NumberLexicon lexicon) => _lexicon = lexicon;

    public NumberLexicon Lexicon => _lexicon;

    public bool TryParse(Document document, int index, NumberConvention convention, out Numeral numeral)
    {
        numeral = default;
        if (index >= document.Tokens.Length) return false;
        var token = document.Tokens[index];
        return token.Kind switch
        {
            TokenKind.Number => TryDigits(document, index, convention, out numeral),
            TokenKind.AlphaNumeric => TryDigitsWithSuffix(document, index, convention, out numeral),
            TokenKind.Word => TryWords(document, index, out numeral) || TryVague(document, index, out numeral),
            _ => false,
        };
    }

    private bool TryDigits(Document document, int index, NumberConvention convention, out Numeral numeral)
    {
        numeral = default;
        var span = document.TokenSpan(index);
        if (!DigitNumber.TryParse(span, convention, out var value)) return false;
        int end = ApplyScales(document, index + 1, out var scale);
        // Mexican press writes '3 mil 200 millones' and '68 mil 195.15 puntos': 'mil' joins the next group of
        // three digits, and any scale after it applies to the whole.
        if (scale == 1000 && end == index + 2 && document.TokenIs(index + 1, "mil") && end < document.Tokens.Length
            && document.Tokens[end].Kind == TokenKind.Number && value == decimal.Truncate(value) && value < 1000
            && IntegerDigits(document.TokenSpan(end)) == 3 && DigitNumber.TryParse(document.TokenSpan(end), convention, out var rest) && rest < 1000)
        {
            value = value * 1000 + rest;
            end = ApplyScales(document, end + 1, out scale);
        }
        var form = NumeralForm.Digits;
        if (scale != 1) form |= NumeralForm.Scaled;
        else if (span.Length == 4 && value is >= 1900 and <= 2100) form |= NumeralForm.YearLike;
        if (!SafeArithmetic.TryMultiply(value, scale, out var total)) return false;
        numeral = new Numeral(index, end, total, scale, form);
        return true;
    }

    private static int IntegerDigits(ReadOnlySpan<char> number)
    {
        int n = 0;
        while (n < number.Length && char.IsAsciiDigit(number[n])) n++;
        return n == number.Length || number[n] is '.' or ',' ? n : -1;
    }

    // '200M', '5bn', '3,5MM': a scale abbreviation written straight after the digits.
    private bool TryDigitsWithSuffix(Document document, int index, NumberConvention convention, out Numeral numeral)
    {
        numeral = default;
        var span = document.TokenSpan(index);
        int digitsEnd = 0;
        while (digitsEnd < span.Length && (char.IsAsciiDigit(span[digitsEnd]) || span[digitsEnd] is '.' or ',')) digitsEnd++;
        if (digitsEnd == 0 || digitsEnd == span.Length) return false;
        if (!DigitNumber.TryParse(span[..digitsEnd], convention, out var value)) return false;
        var suffix = span[digitsEnd..];
        decimal scale = suffix switch
        {
            // A lone 'M' is left out: '3M' is a company far more often than three million.
            "MM" or "mm" or "mn" or "mill" => 1_000_000m,
            "bn" => 1_000_000_000m,
            "k" or "K" or "mil" => 1_000m,
            _ => 0,
        };
        if (scale == 0) return false;
        int end = ApplyScales(document, index + 1, out var more);
        if (!SafeArithmetic.TryMultiply(scale, more, out var combined) || !SafeArithmetic.TryMultiply(value, combined, out var total)) return false;
        numeral = new Numeral(index, end, total, combined, NumeralForm.Digits | NumeralForm.Scaled);
        return true;
    }

    private int ApplyScales(Document document, int index, out decimal scale)
    {
        scale = 1;
        while (_lexicon.Scales.TryMatch(document, index, out var factor, out var next) && SafeArithmetic.TryMultiply(scale, factor, out var product))
        {
            scale = product;
            index = next;
        }
        return index;
    }

    // Spanish cardinals: units and tens ('treinta y dos'), hundreds, 'mil' multiplying its group, and scales
    // ('millones') closing a group: 'dos mil millones' = 2 000 000 000; 'un millón doscientos mil' = 1 200 000.
    private bool TryWords(Document document, int index, out Numeral numeral)
    {
        numeral = default;
        decimal total = 0, group = 0, lastScale = 0;
        int count = 0, j = index;
        bool lastWasTens = false, sawHalf = false;
        NumeralWordKind? lastKind = null;
        while (j < document.Tokens.Length && document.Tokens[j].Kind == TokenKind.Word)
        {
            var word = document.TokenSpan(j);
            if (word.Equals("y", StringComparison.OrdinalIgnoreCase) && count > 0)
            {
                // 'treinta y dos', 'dos millones y medio'
                if (j + 1 < document.Tokens.Length && _lexicon.Numerals.TryGet(document.TokenSpan(j + 1), out var after)
                    && ((lastWasTens && after.Kind == NumeralWordKind.Unit && after.Value < 10)
                        || (after.Kind == NumeralWordKind.Half && lastScale > 0)))
                {
                    j++;
                    continue;
                }
                break;
            }
            if (!_lexicon.Numerals.TryGet(word, out var entry)) break;
            // 'un veinte por ciento' is an article and a number, not 21: a unit or tens never follows a unit or tens.
            if (entry.Kind is NumeralWordKind.Unit or NumeralWordKind.Tens && lastKind is NumeralWordKind.Unit or NumeralWordKind.Tens
                && !(lastKind == NumeralWordKind.Tens && document.TokenIs(j - 1, "y")))
                break;
            switch (entry.Kind)
            {
                case NumeralWordKind.Unit:
                case NumeralWordKind.Tens:
                case NumeralWordKind.Hundreds:
                    group += entry.Value;
                    break;
                case NumeralWordKind.Thousand:
                    if (!SafeArithmetic.TryMultiply(group == 0 ? 1 : group, 1000, out group)) return false;
                    break;
                case NumeralWordKind.Scale:
                    if (count == 0) return false; // 'millones' alone is a vague amount, read by TryVague
                    if (!SafeArithmetic.TryMultiply(group == 0 ? 1 : group, entry.Value, out var scaled) || scaled > 1e21m - total) return false;
                    total += scaled;
                    lastScale = entry.Value;
                    group = 0;
                    break;
                case NumeralWordKind.Half:
                    if (lastScale > 0 && count > 0) { total += lastScale / 2; sawHalf = true; }
                    else if (count == 0) group = 0.5m;
                    else goto done;
                    break;
            }
            lastWasTens = entry.Kind == NumeralWordKind.Tens;
            lastKind = entry.Kind;
            count++;
            j++;
            if (sawHalf) break;
        }
    done:
        if (count == 0) return false;
        decimal value = total + group;
        var form = NumeralForm.Words;
        if (lastScale > 0) form |= NumeralForm.Scaled;
        if (count == 1 && value == 1) form |= NumeralForm.LoneOne;
        if (count == 1 && value == 0.5m) form |= NumeralForm.LoneHalf;
        int end = j;
        decimal scale = lastScale > 0 ? lastScale : 1;
        if (lastScale == 0)
        {
            // 'veinte millones' is read above; 'cien M' or 'diez mil millones' style scales after words are rare but valid.
            end = ApplyScales(document, j, out var extra);
            if (extra != 1)
            {
                if (!SafeArithmetic.TryMultiply(value, extra, out value)) return false;
                scale = extra;
                form |= NumeralForm.Scaled;
                form &= ~NumeralForm.LoneOne;
            }
        }
        numeral = new Numeral(index, end, value, scale, form);
        return true;
    }

    // 'cientos de miles', 'decenas de millones', 'miles de millones', 'millones': each head multiplies the next.
    private bool TryVague(Document document, int index, out Numeral numeral)
    {
        numeral = default;
        if (!_lexicon.Vague.TryGet(document.TokenSpan(index), out var value)) return false;
        int end = index + 1;
        while (end + 1 < document.Tokens.Length && document.TokenIs(end, "de")
               && _lexicon.Vague.TryGet(document.TokenSpan(end + 1), out var next) && SafeArithmetic.TryMultiply(value, next, out var product))
        {
            value = product;
            end += 2;
        }
        numeral = new Numeral(index, end, value, 1, NumeralForm.Words | NumeralForm.Vague);
        return true;
    }
}
