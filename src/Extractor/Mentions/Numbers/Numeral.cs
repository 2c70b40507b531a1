namespace Extractor.Mentions.Numbers;

/// <summary>How a numeral was written, which decides what it may be part of.</summary>
[Flags]
internal enum NumeralForm
{
    None = 0,
    Digits = 1,
    Words = 2,
    /// <summary>A vague amount ('cientos de miles'): its value is a lower bound.</summary>
    Vague = 4,
    /// <summary>Carries a scale word ('millones', 'M', 'mil millones').</summary>
    Scaled = 8,
    /// <summary>'un', 'una' or 'uno' alone: usually an article, a number only before a unit, scale or currency.</summary>
    LoneOne = 16,
    /// <summary>Four digits from 1900 to 2100 with no separators and no scale: most likely a year.</summary>
    YearLike = 32,
    /// <summary>'medio' or 'media' alone.</summary>
    LoneHalf = 64,
}

/// <summary>A numeral found over tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>).</summary>
/// <param name="Scale">The product of the scale words applied (10^6 for 'millones'), so a range's bare end can inherit it.</param>
internal readonly record struct Numeral(int FirstToken, int EndToken, decimal Value, decimal Scale, NumeralForm Form)
{
    public bool Is(NumeralForm form) => (Form & form) == form;
}
