using Extractor.Lexicons;
using Extractor.Mentions.Numbers;

namespace Extractor.Mentions.Amounts;

/// <summary>Currencies, units and counted nouns: the Spanish facts MONEY, PERCENT and QUANTITY rest on.</summary>
internal sealed class AmountLexicon
{
    public required PhraseTable<Currency> Currencies { get; init; }
    public required PhraseTable<string> Units { get; init; }

    /// <summary>The one-word forms of units, for a unit written straight after its digits ('7nm', '2,2GHz').</summary>
    public required WordTable<string> UnitWords { get; init; }
    public required PhraseTable<string> CountedNouns { get; init; }
    /// <summary>Country cues per shared currency name ('peso', 'corona'): the article's most frequent cue decides.</summary>
    public required IReadOnlyDictionary<string, WordTable<string>> CurrencyContext { get; init; }
    public required WordTable<bool> NotCountedNouns { get; init; }
    public required WordTable<bool> NounModifiers { get; init; }
    public required PhraseTable<string> PercentUnits { get; init; }

    /// <summary>Nouns that name money ('costes', 'ingresos'): after one, a figure in millions is money.</summary>
    public required WordTable<bool> MoneyNouns { get; init; }

    /// <summary>Words of market reports: 'index' (a level in 'unidades' is points) or 'rate' (an exchange rate).</summary>
    public required WordTable<string> MarketWords { get; init; }

    public static AmountLexicon LoadDefault() => new()
    {
        Currencies = new PhraseTable<Currency>(LexiconFile.ReadEmbedded("currencies.tsv").Select(r => (r[0], ParseCurrency(r)))),
        Units = new PhraseTable<string>(LexiconFile.ReadEmbedded("units.tsv").Select(r => (r[0], r[1]))),
        UnitWords = new WordTable<string>(LexiconFile.ReadEmbedded("units.tsv").Where(r => !r[0].Contains(' ')).Select(r => (r[0], r[1]))),
        CountedNouns = new PhraseTable<string>(LexiconFile.ReadEmbedded("counted-nouns.tsv").Select(r => (r[0], r[0]))),
        CurrencyContext = LexiconFile.ReadEmbedded("currency-context.tsv").GroupBy(r => r[0])
            .ToDictionary(g => g.Key, g => new WordTable<string>(g.Select(r => (r[1], r[2])))),
        NotCountedNouns = new WordTable<bool>(LexiconFile.ReadEmbedded("not-counted-nouns.tsv").Select(r => (r[0], true))),
        NounModifiers = new WordTable<bool>(LexiconFile.ReadEmbedded("noun-modifiers.tsv").Select(r => (r[0], true))),
        PercentUnits = new PhraseTable<string>(LexiconFile.ReadEmbedded("percent-units.tsv").Select(r => (r[0], r[1]))),
        MoneyNouns = new WordTable<bool>(LexiconFile.ReadEmbedded("money-nouns.tsv").Select(r => (r[0], true))),
        MarketWords = new WordTable<string>(LexiconFile.ReadEmbedded("market-words.tsv").Select(r => (r[0], r[1]))),
    };

    // code column: 'EUR', '?peso' (the article's country decides) or '?peso|USD' (and USD when nothing does).
    private static Currency ParseCurrency(string[] r)
    {
        string? code = r[1], shared = null, fallback = null;
        if (code.StartsWith('?'))
        {
            var parts = code[1..].Split('|');
            shared = parts[0];
            fallback = parts.Length > 1 ? parts[1] : null;
            code = null;
        }
        return new Currency(code, shared, r[2] is "before" or "both", r[2] is "after" or "both", NumberLexicon.Number(r[3]), fallback);
    }
}
