namespace Extractor.Mentions.Numbers;

/// <summary>The grammatical role of a numeral word in Spanish cardinal numbers.</summary>
internal enum NumeralWordKind
{
    Unit,
    Tens,
    Hundreds,
    Thousand,
    Scale,
    Half,
}
