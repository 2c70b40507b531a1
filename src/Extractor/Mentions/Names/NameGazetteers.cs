using Extractor.Lexicons;
using Extractor.Mentions.Companies;
using Extractor.Models;

namespace Extractor.Mentions.Names;

/// <summary>
/// The lists the name recogniser reads as features: companies, names that are not companies, given names, the
/// words written in lower case in the training text, the Spanish lexicon with its people's-name lists, and the
/// legal forms and head words of company names.
/// </summary>
internal sealed class NameGazetteers
{
    public NameGazetteers(CompanyGazetteer companies, WordTable<bool> givenNames, WordTable<bool>? lowercaseWords = null,
        SpanishLexicon? lexicon = null, CompanyForms? companyForms = null)
    {
        Companies = companies;
        GivenNames = givenNames;
        LowercaseWords = lowercaseWords ?? new WordTable<bool>([]);
        Lexicon = lexicon ?? SpanishLexicon.Empty;
        CompanyForms = companyForms ?? CompanyForms.Empty;
    }

    public static NameGazetteers LoadDefault(CompanyGazetteer companies) => new(
        companies,
        new WordTable<bool>(ModelFile.ReadTable("gazetteers/given-names.tsv").Select(r => (r[0], true))),
        lexicon: SpanishLexicon.LoadDefault(),
        companyForms: CompanyForms.LoadDefault());

    /// <summary>No lists at all.</summary>
    public static NameGazetteers Empty { get; } = new(new CompanyGazetteer([], []), new WordTable<bool>([]));

    /// <summary>
    /// The CoNLL-2002 benchmark's lists: no gazetteer of companies or given names (its entities are not ours), but
    /// the general-language resources: the Spanish lexicon, people's names of many origins and legal forms.
    /// </summary>
    public static NameGazetteers LanguageOnly() => new(new CompanyGazetteer([], []), new WordTable<bool>([]),
        lexicon: SpanishLexicon.LoadDefault(), companyForms: CompanyForms.LoadDefault());

    public CompanyGazetteer Companies { get; }
    public WordTable<bool> GivenNames { get; }
    public SpanishLexicon Lexicon { get; }
    public CompanyForms CompanyForms { get; }

    /// <summary>
    /// Words seen often in lower case in running text: a capitalised one at a sentence start ('Según', 'Además')
    /// is then probably not a name. Matching ignores case, so the table answers for any capitalisation.
    /// </summary>
    public WordTable<bool> LowercaseWords { get; }

    public NameGazetteers WithLowercaseWords(IEnumerable<string> words) =>
        new(Companies, GivenNames, new WordTable<bool>(words.Select(w => (w, true))), Lexicon, CompanyForms);

    public NameGazetteers WithCompanies(CompanyGazetteer companies) => new(companies, GivenNames, LowercaseWords, Lexicon, CompanyForms);

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
