using Extractor.Lexicons;
using Extractor.Mentions.Companies;
using Extractor.Models;

namespace Extractor.Mentions.Names;

/// <summary>The lists the name recogniser reads as features: companies, names that are not companies, given names.</summary>
internal sealed class NameGazetteers
{
    public NameGazetteers(CompanyGazetteer companies, WordTable<bool> givenNames, WordTable<bool>? lowercaseWords = null)
    {
        Companies = companies;
        GivenNames = givenNames;
        LowercaseWords = lowercaseWords ?? new WordTable<bool>([]);
    }

    public static NameGazetteers LoadDefault(CompanyGazetteer companies) => new(
        companies,
        new WordTable<bool>(ModelFile.ReadTable("gazetteers/given-names.tsv").Select(r => (r[0], true))));

    /// <summary>No lists at all: the CoNLL-2002 benchmark model learns from its training data alone.</summary>
    public static NameGazetteers Empty { get; } = new(new CompanyGazetteer([], []), new WordTable<bool>([]));

    public CompanyGazetteer Companies { get; }
    public WordTable<bool> GivenNames { get; }

    /// <summary>
    /// Words seen often in lower case in running text: a capitalised one at a sentence start ('Según', 'Además')
    /// is then probably not a name. Matching ignores case, so the table answers for any capitalisation.
    /// </summary>
    public WordTable<bool> LowercaseWords { get; }

    public NameGazetteers WithLowercaseWords(IEnumerable<string> words) =>
        new(Companies, GivenNames, new WordTable<bool>(words.Select(w => (w, true))));

    /// <summary>Words written in lower case at least <paramref name="minimum"/> times in these texts.</summary>
    public static List<string> FrequentLowercaseWords(IEnumerable<string> texts, int minimum = 3)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (var token in Extractor.Text.Tokenizer.Default.Tokenize(text))
            {
                var word = token.Span(text);
                if (token.Kind == Extractor.Text.TokenKind.Word && char.IsLower(word[0]))
                {
                    var key = word.ToString();
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        return counts.Where(kv => kv.Value >= minimum).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
    }
}
