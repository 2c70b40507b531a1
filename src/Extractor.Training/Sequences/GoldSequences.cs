using Extractor.Corpus;
using Extractor.Mentions.Names;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Training.Sequences;

/// <summary>Turns corpus articles with gold JSON into labelled sentences for the chosen entity types.</summary>
internal static class GoldSequences
{
    public static List<LabeledSentence> FromCorpus(string folder, BioLabels labels, IReadOnlySet<EntityType> types, TextAnalyzer analyzer) =>
        FromArticles(ReadArticles(folder), labels, types, analyzer);

    /// <summary>Every article of a corpus folder with its gold entities, in file order.</summary>
    public static List<(string Text, IReadOnlyList<Entity> Entities)> ReadArticles(string folder) =>
        CorpusLayout.Pairs(folder).Select(p => (File.ReadAllText(p.TextPath), CorpusLayout.ReadGold(p.GoldPath).Entities)).ToList();

    public static List<LabeledSentence> FromArticles(IEnumerable<(string Text, IReadOnlyList<Entity> Entities)> articles, BioLabels labels, IReadOnlySet<EntityType> types, TextAnalyzer analyzer)
    {
        var sentences = new List<LabeledSentence>();
        foreach (var (text, entities) in articles)
        {
            var document = analyzer.Analyze(text);
            var tokenLabels = Label(document, entities.Where(e => types.Contains(e.Type)), labels);
            foreach (var sentence in document.Sentences)
                sentences.Add(new LabeledSentence(document, sentence, tokenLabels[sentence.FirstToken..sentence.EndToken]));
        }
        return sentences;
    }

    /// <summary>A token takes B- or I- of the entity that contains it; an entity starts at its first token.</summary>
    public static int[] Label(Document document, IEnumerable<Entity> entities, BioLabels labels)
    {
        var result = new int[document.Tokens.Length];
        foreach (var entity in entities)
        {
            int begin = labels.IndexOf("B-" + entity.Type), inside = labels.IndexOf("I-" + entity.Type);
            bool first = true;
            for (int t = 0; t < document.Tokens.Length; t++)
            {
                var token = document.Tokens[t];
                if (token.End <= entity.Start) continue;
                if (token.Start >= entity.End) break;
                result[t] = first ? begin : inside;
                first = false;
            }
        }
        return result;
    }
}
