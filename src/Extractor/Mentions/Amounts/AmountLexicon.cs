using Extractor.Lexicons;
using Extractor.Mentions.Numbers;

namespace Extractor.Mentions.Amounts;

/// <summary>Currencies, units and counted nouns: the Spanish facts MONEY, PERCENT and QUANTITY rest on.</summary>
internal sealed class AmountLexicon
{
    public required PhraseTable<Currency> Currencies { get; init; }
    public required PhraseTable<string> Units { get; init; }
    public required PhraseTable<string> CountedNouns { get; init; }
    /// <summary>Country cues per shared currency name ('peso', 'corona'): the article's most frequent cue decides.</summary>
    public required IReadOnlyDictionary<string, WordTable<string>> CurrencyContext { get; init; }
    public required WordTable<bool> NotCountedNouns { get; init; }
    public required WordTable<bool> NounModifiers { get; init; }
    public required PhraseTable<string> PercentUnits { get; init; }

    /// <summary>Nouns that name money ('costes', 'ingresos'): after one, a figure in millions is money.</summary>
    public required WordTable<bool> MoneyNouns { get; init; }

    public static AmountLexicon LoadDefault() => new()
    {
        Currencies = new PhraseTable<Currency>(LexiconFile.ReadEmbedded("currencies.tsv").Select(r =>
            (r[0], new Currency(r[1].StartsWith('?') ? null : r[1], r[1].StartsWith('?') ? r[1][1..] : null, r[2] is "before" or "both", r[2] is "after" or "both", NumberLexicon.Number(r[3]))))),
        Units = new PhraseTable<string>(LexiconFile.ReadEmbedded("units.tsv").Select(r => (r[0], r[1]))),
        CountedNouns = new PhraseTable<string>(LexiconFile.ReadEmbedded("counted-nouns.tsv").Select(r => (r[0], r[0]))),
        CurrencyContext = LexiconFile.ReadEmbedded("currency-context.tsv").GroupBy(r => r[0])
            .ToDictionary(g => g.Key, g => new WordTable<string>(g.Select(r => (r[1], r[2])))),
        NotCountedNouns = new WordTable<bool>(LexiconFile.ReadEmbedded("not-counted-nouns.tsv").Select(r => (r[0], true))),
        NounModifiers = new WordTable<bool>(LexiconFile.ReadEmbedded("noun-modifiers.tsv").Select(r => (r[0], true))),
        PercentUnits = new PhraseTable<string>(LexiconFile.ReadEmbedded("percent-units.tsv").Select(r => (r[0], r[1]))),
        MoneyNouns = new WordTable<bool>(LexiconFile.ReadEmbedded("money-nouns.tsv").Select(r => (r[0], true))),
    };
}
