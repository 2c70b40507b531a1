using System.Globalization;

namespace Extractor.Mentions.Numbers;

/// <summary>Reads a number written in digits under the article's convention ('38.000' = 38000 in Spanish, '3,085' = 3085 in English).</summary>
internal static class DigitNumber
{
    public static bool TryParse(ReadOnlySpan<char> number, NumberConvention convention, out decimal value)
    {
        value = 0;
        if (number.Length == 0 || number.Length > 28) return false;
        // Older Spanish press writes the decimal mark as an apostrophe ('38'9 billones', '3'5 %').
        int apostrophe = number.IndexOfAny('\'', '’');
        if (apostrophe >= 0) return TryParseApostrophe(number, apostrophe, out value);
        int dots = 0, commas = 0, lastSeparator = -1;
        for (int i = 0; i < number.Length; i++)
        {
            char c = number[i];
            if (c == '.') dots++;
            else if (c == ',') commas++;
            else if (!char.IsAsciiDigit(c)) return false;
            else continue;
            if (i == 0 || i == number.Length - 1 || !char.IsAsciiDigit(number[i - 1])) return false;
            lastSeparator = i;
        }

        char decimalMark;
        if (lastSeparator < 0) decimalMark = '\0';
        else if (dots > 0 && commas > 0) decimalMark = number[lastSeparator];
        else if (dots > 1) decimalMark = ',';
        else if (commas > 1) decimalMark = '.';
        else
        {
            char only = number[lastSeparator];
            bool threeAfter = number.Length - lastSeparator - 1 == 3;
            // One separator with three digits after it is grouping in the article's convention; otherwise a decimal.
            // Three digits ending in zero after a whole number are grouping in either: no writer pads a decimal
            // with zeros ('2,000 millones' and '$4,500 millones' are thousands, not 2,0 and 4,5). '0,250' stays.
            bool zeros = threeAfter && number[^1] == '0' && !(lastSeparator == 1 && number[0] == '0');
            decimalMark = threeAfter
                ? (convention == NumberConvention.Spanish ? ',' : '.') == only && !zeros ? only : '\0'
                : only;
        }

        Span<char> plain = stackalloc char[number.Length];
        int n = 0;
        bool seenDecimal = false;
        for (int i = 0; i < number.Length; i++)
        {
            char c = number[i];
            if (char.IsAsciiDigit(c)) { plain[n++] = c; continue; }
            if (c == decimalMark)
            {
                if (seenDecimal) return false;
                seenDecimal = true;
                plain[n++] = '.';
            }
            else if (!IsValidGroup(number, i)) return false;
        }
        return decimal.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // '38'9', '1.250'75': the part before the apostrophe is an integer with '.' groups, the part after plain digits.
    private static bool TryParseApostrophe(ReadOnlySpan<char> number, int apostrophe, out decimal value)
    {
        value = 0;
        var whole = number[..apostrophe];
        var fraction = number[(apostrophe + 1)..];
        if (whole.Length == 0 || fraction.Length == 0) return false;
        foreach (char c in fraction) if (!char.IsAsciiDigit(c)) return false;
        if (whole.ContainsAny(',', '\'', '’')) return false;
        if (!TryParse(whole, NumberConvention.Spanish, out var integer) || integer != decimal.Truncate(integer)) return false;
        if (whole.Contains('.') && !(whole.Length - whole.LastIndexOf('.') - 1 == 3)) return false;
        if (!decimal.TryParse(fraction, NumberStyles.None, CultureInfo.InvariantCulture, out var f)) return false;
        value = integer + f / Pow10(fraction.Length);
        return true;
    }

    private static decimal Pow10(int digits)
    {
        decimal p = 1;
        for (int i = 0; i < digits; i++) p *= 10;
        return p;
    }

    // A grouping separator is followed by exactly three digits before the next separator or the end.
    private static bool IsValidGroup(ReadOnlySpan<char> number, int separator)
    {
        int digits = 0;
        for (int i = separator + 1; i < number.Length && char.IsAsciiDigit(number[i]); i++) digits++;
        return digits == 3;
    }
}
