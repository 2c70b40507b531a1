using System.Globalization;
using Extractor.Lexicons;

namespace Extractor.Mentions.Numbers;

/// <summary>Spanish numerals in words, scale words and vague amounts, from the tables in Lexicons/.</summary>
internal sealed class NumberLexicon
{
    public NumberLexicon(
        IEnumerable<(string Word, decimal Value, NumeralWordKind Kind)> numerals,
        IEnumerable<(string Form, decimal Value)> scales,
        IEnumerable<(string Word, decimal Value)> vague)
    {
        Numerals = new WordTable<(decimal, NumeralWordKind)>(numerals.Select(n => (n.Word, (n.Value, n.Kind))));
        Scales = new PhraseTable<decimal>(scales);
        Vague = new WordTable<decimal>(vague);
    }

    public static NumberLexicon LoadDefault() => new(
        LexiconFile.ReadEmbedded("numerals.tsv").Select(r => (r[0], Number(r[1]), Enum.Parse<NumeralWordKind>(r[2], ignoreCase: true))),
        LexiconFile.ReadEmbedded("scales.tsv").Select(r => (r[0], Number(r[1]))),
        LexiconFile.ReadEmbedded("vague-amounts.tsv").Select(r => (r[0], Number(r[1]))));

    /// <summary>Numerals in words: 'siete', 'veintitrés', 'ciento', 'mil', 'millones', 'medio'.</summary>
    public WordTable<(decimal Value, NumeralWordKind Kind)> Numerals { get; }

    /// <summary>Scale words after a number: 'millones', 'mil', 'millardos', 'M', 'bn', 'mill.'.</summary>
    public PhraseTable<decimal> Scales { get; }

    /// <summary>Plural heads of vague amounts: 'cientos' (de miles), 'decenas' (de millones), 'miles' (de millones).</summary>
    public WordTable<decimal> Vague { get; }

    internal static decimal Number(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
