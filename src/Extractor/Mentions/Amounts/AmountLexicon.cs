using Extractor.Lexicons;
using Extractor.Mentions.Numbers;

namespace Extractor.Mentions.Amounts;

/// <summary>Currencies, units and counted nouns: the Spanish facts MONEY, PERCENT and QUANTITY rest on.</summary>
public sealed class AmountLexicon
{
    public required PhraseTable<Currency> Currencies { get; init; }
    public required PhraseTable<string> Units { get; init; }
    public required PhraseTable<string> CountedNouns { get; init; }
    public required WordTable<string> PesoCountries { get; init; }
    public required WordTable<bool> NotCountedNouns { get; init; }
    public required WordTable<bool> NounModifiers { get; init; }
    public required PhraseTable<string> PercentUnits { get; init; }

    public static AmountLexicon LoadDefault() => new()
    {
        Currencies = new PhraseTable<Currency>(LexiconFile.ReadEmbedded("currencies.tsv").Select(r =>
            (r[0], new Currency(r[1] == "?" ? null : r[1], r[2] is "before" or "both", r[2] is "after" or "both", NumberLexicon.Number(r[3]))))),
        Units = new PhraseTable<string>(LexiconFile.ReadEmbedded("units.tsv").Select(r => (r[0], r[1]))),
        CountedNouns = new PhraseTable<string>(LexiconFile.ReadEmbedded("counted-nouns.tsv").Select(r => (r[0], r[0]))),
        PesoCountries = new WordTable<string>(LexiconFile.ReadEmbedded("peso-countries.tsv").Select(r => (r[0], r[1]))),
        NotCountedNouns = new WordTable<bool>(LexiconFile.ReadEmbedded("not-counted-nouns.tsv").Select(r => (r[0], true))),
        NounModifiers = new WordTable<bool>(LexiconFile.ReadEmbedded("noun-modifiers.tsv").Select(r => (r[0], true))),
        PercentUnits = new PhraseTable<string>(LexiconFile.ReadEmbedded("percent-units.tsv").Select(r => (r[0], r[1]))),
    };
}
