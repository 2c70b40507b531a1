using Extractor.Mentions.Names;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Training.Sequences;

/// <summary>
/// Copies training sentences with their companies and people renamed to invented names that no gazetteer holds
/// ('Velmora', 'Trixen Capital', 'Laura Quintanel'), so the model learns the contexts names stand in ('Empresas
/// como X, Y y Z', 'el consejero delegado de X') and not just the list.
/// </summary>
internal sealed class NameSwapAugmenter
{
    private static readonly string[] Onsets = ["b", "br", "c", "cl", "d", "f", "g", "gr", "k", "l", "m", "n", "p", "pr", "r", "s", "t", "tr", "v", "z", "qu", "ch"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ia", "io", "ea"];
    private static readonly string[] Codas = ["", "", "n", "r", "s", "x", "l", "m"];
    private static readonly string[] CompanyTails = ["", "", "", " Group", " Capital", " Energía", " Labs", " Holdings", " Systems", " Bank", " Partners", " Technologies", " Seguros", " Retail",
        // Legal forms belong to the name ('Nugil S.A.S.'): the model sees them on names it cannot know.
        " S.A.", " S.A.", " S.A.B. de C.V.", " S.A.S.", " S.A.A.", " Ltda.", " Inc.", " Corp.", " S.L.", " SpA", " AG", " plc"];
    private static readonly string[] CompanyHeads = ["Grupo ", "Banco ", "Corporación ", "Inversiones ", "Compañía "];

    private readonly Random _random;
    private readonly IReadOnlyList<string> _givenNames;
    private readonly IReadOnlyList<string> _otherGivenNames;
    private readonly IReadOnlyList<string> _otherSurnames;

    /// <param name="otherGivenNames">Given names of other origins ('Yogesh', 'Mei', 'Tariq'), used for a third of the people.</param>
    /// <param name="otherSurnames">Surnames of other origins, used for a third of the people.</param>
    public NameSwapAugmenter(int seed, IReadOnlyList<string> givenNames, IReadOnlyList<string>? otherGivenNames = null, IReadOnlyList<string>? otherSurnames = null)
    {
        _random = new Random(seed);
        _givenNames = givenNames;
        _otherGivenNames = otherGivenNames is { Count: > 0 } ? otherGivenNames : givenNames;
        _otherSurnames = otherSurnames ?? [];
    }

    public List<LabeledSentence> Augment(IReadOnlyList<(string Text, IReadOnlyList<Entity> Entities)> articles, BioLabels labels, IReadOnlySet<EntityType> types, TextAnalyzer analyzer)
    {
        var result = new List<LabeledSentence>();
        foreach (var (text, entities) in articles)
        {
            var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
            var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
            var builder = new System.Text.StringBuilder(text.Length);
            var moved = new List<Entity>();
            int position = 0;
            foreach (var entity in entities.Where(e => types.Contains(e.Type)).OrderBy(e => e.Start))
            {
                builder.Append(text, position, entity.Start - position);
                if (!renamed.TryGetValue(entity.Text, out var name))
                    renamed[entity.Text] = name = entity.Type == EntityType.PERSON ? Person(entity.Text, surnames) : Company();
                int start = builder.Length;
                builder.Append(name);
                moved.Add(new Entity(entity.Type, start, builder.Length, name));
                position = entity.End;
            }
            if (moved.Count == 0) continue;
            builder.Append(text, position, text.Length - position);
            var document = analyzer.Analyze(builder.ToString());
            var tokenLabels = GoldSequences.Label(document, moved, labels);
            foreach (var sentence in document.Sentences)
            {
                var gold = tokenLabels[sentence.FirstToken..sentence.EndToken];
                if (gold.Any(l => l != 0)) result.Add(new LabeledSentence(document, sentence, gold));
            }
        }
        return result;
    }

    private string Word(int syllables)
    {
        var w = new System.Text.StringBuilder();
        for (int i = 0; i < syllables; i++) w.Append(Onsets[_random.Next(Onsets.Length)]).Append(Vowels[_random.Next(Vowels.Length)]);
        w.Append(Codas[_random.Next(Codas.Length)]);
        return char.ToUpperInvariant(w[0]) + w.ToString(1, w.Length - 1);
    }

    private string Company()
    {
        var name = Word(_random.Next(2, 4));
        // Some companies go by capitals ('TKR', 'BVX'), as acronyms do.
        if (_random.Next(6) == 0) name = name.ToUpperInvariant()[..Math.Min(4, name.Length)];
        if (_random.Next(8) == 0) return CompanyHeads[_random.Next(CompanyHeads.Length)] + name;
        return name + CompanyTails[_random.Next(CompanyTails.Length)];
    }

    // A full name keeps its shape, and its surname repeated alone later gets the same invented surname
    // ('Sam Altman' … 'Altman' → 'Marta Quelior' … 'Quelior'), as the article's own references do.
    private string Person(string original, Dictionary<string, string> surnames)
    {
        var words = original.Split(' ');
        var last = words[^1];
        if (!surnames.TryGetValue(last, out var surname))
            surnames[last] = surname = _otherSurnames.Count > 0 && _random.Next(3) == 0 ? _otherSurnames[_random.Next(_otherSurnames.Count)] : Word(_random.Next(2, 4));
        if (words.Length == 1) return surname;
        var given = _random.Next(3) == 0 ? _otherGivenNames[_random.Next(_otherGivenNames.Count)] : _givenNames[_random.Next(_givenNames.Count)];
        return given + " " + surname;
    }
}
