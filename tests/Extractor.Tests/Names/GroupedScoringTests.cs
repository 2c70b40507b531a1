using CsCheck;
using Extractor.Mentions.Companies;
using Extractor.Mentions.Names;
using Extractor.Tests.Support;
using Extractor.Text;

namespace Extractor.Tests.Names;

/// <summary>
/// The runtime scores a token from tables (its word type's own features, each neighbour's, the few-valued ones)
/// and hashes only the features that read two tokens; training scores every feature of every token one by one.
/// Both must read the same features with the same weights: the labels agree everywhere and the scores differ
/// only in the last bits of a float sum taken in another grouping.
/// </summary>
public class GroupedScoringTests
{
    private static readonly Lazy<SequenceTagger> Tagger = new(() => NameRecognizer.LoadDefault(CompanyGazetteer.LoadDefault()).Tagger);

    private static readonly string[] Articles = CorpusCopies.TrainingArticles.Take(60).Select(File.ReadAllText).ToArray();

    [Fact]
    public void Corpus_articles_get_the_labels_of_feature_by_feature_scoring()
    {
        foreach (var article in Articles) AssertSameAsFeatureByFeature(TextAnalyzer.Default.Analyze(article));
    }

    [Fact]
    public void A_sentence_of_common_words_a_new_name_and_a_number_gets_the_same_scores_both_ways()
    {
        AssertSameAsFeatureByFeature(TextAnalyzer.Default.Analyze("Según la empresa, Trelvix Systems facturó 1.250 millones de euros en «el año del cambio»."));
    }

    [Fact]
    public void Any_text_gets_the_same_labels_both_ways()
    {
        string[] words = ["de", "la", "El", "Banco", "Santander", "S.A.", ",", ".", "«", "»", "y", "Ana", "López", "1.200", "GB200", "\n\n", "MILLONES", "compró"];
        var pieces = Gen.Int[0, words.Length - 1].Select(i => words[i]);
        Gen.Select(pieces.Array[1, 60], Gen.Int[0, Articles.Length - 1], (words, index) => string.Join(' ', words) + " " + Articles[index][..Math.Min(300, Articles[index].Length)])
            .Sample(text => AssertSameAsFeatureByFeature(TextAnalyzer.Default.Analyze(text)), iter: 200);
    }

    private static void AssertSameAsFeatureByFeature(Document document)
    {
        var tagger = Tagger.Value;
        var labels = tagger.Tag(document, out var marks);
        // The tagger asks the gazetteers only where a word type says they may find something: the same marks.
        Assert.Equal(tagger.Features.GazetteerMarks(document), marks);
        int count = tagger.Model.Labels.Count;
        foreach (var sentence in document.Sentences)
        {
            var slots = new uint[sentence.TokenCount * NameFeatures.PerToken];
            var scores = new float[sentence.TokenCount * count];
            tagger.Features.Extract(document, sentence, marks, slots);
            tagger.Model.Score(slots, sentence.TokenCount, scores);
            var expected = new int[sentence.TokenCount];
            tagger.Model.Decode(scores, sentence.TokenCount, expected);
            Assert.Equal(expected, labels.AsSpan(sentence.FirstToken, sentence.TokenCount).ToArray());
        }
    }
}
