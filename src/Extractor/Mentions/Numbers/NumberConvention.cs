using Extractor.Text;

namespace Extractor.Mentions.Numbers;

/// <summary>How an article writes numbers: Spanish press '38.000' and '4,5'; Mexican and some Latin American outlets '38,000' and '4.5'.</summary>
internal enum NumberConvention
{
    /// <summary>'.' groups thousands, ',' marks decimals.</summary>
    Spanish,
    /// <summary>',' groups thousands, '.' marks decimals.</summary>
    English,
}

internal static class NumberConventionDetector
{
    /// <summary>
    /// Votes over the article's unambiguous numbers: '4,5' or '1.234.567' or '1.234,5' say Spanish; '4.5' or
    /// '1,234,567' or '1,234.5' say English. '38.000' and '3,085' say nothing. Spanish wins ties.
    /// </summary>
    public static NumberConvention Detect(Document document)
    {
        int spanish = 0, english = 0;
        var text = document.Text;
        foreach (var token in document.Tokens)
        {
            if (token.Kind != TokenKind.Number) continue;
            switch (Evidence(token.Span(text)))
            {
                case NumberConvention.Spanish: spanish++; break;
                case NumberConvention.English: english++; break;
            }
        }
        return english > spanish ? NumberConvention.English : NumberConvention.Spanish;
    }

    internal static NumberConvention? Evidence(ReadOnlySpan<char> number)
    {
        int dots = 0, commas = 0, lastSeparator = -1;
        for (int i = 0; i < number.Length; i++)
        {
            char c = number[i];
            if (c == '.') { dots++; lastSeparator = i; }
            else if (c == ',') { commas++; lastSeparator = i; }
            else if (!char.IsAsciiDigit(c)) return null;
        }
        if (lastSeparator < 0) return null;
        int digitsAfter = number.Length - lastSeparator - 1;
        char last = number[lastSeparator];
        if (dots > 0 && commas > 0) return last == ',' ? NumberConvention.Spanish : NumberConvention.English;
        if (dots > 1) return NumberConvention.Spanish;
        if (commas > 1) return NumberConvention.English;
        if (digitsAfter == 3) return null;
        return last == ',' ? NumberConvention.Spanish : NumberConvention.English;
    }
}
