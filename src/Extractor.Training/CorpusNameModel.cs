using Extractor.Mentions.Companies;
using Extractor.Mentions.Names;
using Extractor.Records;
using Extractor.Text;
using Extractor.Training.Perceptron;
using Extractor.Training.Scoring;
using Extractor.Training.Sequences;

namespace Extractor.Training;

/// <summary>The shipped COMPANY and PERSON model: learned from corpus/train with the gazetteers as features.</summary>
internal static class CorpusNameModel
{
    public const string FileName = "companies-people.bin";
    public const int DimensionBits = 18;
    public static readonly IReadOnlySet<EntityType> Types = new HashSet<EntityType> { EntityType.COMPANY, EntityType.PERSON };

    public static BioLabels Labels() => BioLabels.ForTypes(Types.Select(t => t.ToString()).Order(StringComparer.Ordinal));

    public const string LowercaseWordsFile = "lowercase-words.tsv";

    /// <returns>The model, its development scores, the number of renamed copies and the lower-case word list it reads.</returns>
    public static (LinearSequenceModel Model, ChunkScorer Dev, int Augmented, List<string> LowercaseWords) Train(
        string corpusDir, Learner learner, int epochs, int seed, Action<string> log)
    {
        var labels = Labels();
        var analyzer = TextAnalyzer.Default;
        var articles = GoldSequences.ReadArticles(Path.Combine(corpusDir, "train"));
        var lowercase = NameGazetteers.FrequentLowercaseWords(articles.Select(a => a.Text));
        var gazetteers = NameGazetteers.LoadDefault(CompanyGazetteer.LoadDefault()).WithLowercaseWords(lowercase);
        var features = new NameFeatures(gazetteers);
        var train = GoldSequences.FromArticles(articles, labels, Types, analyzer);
        var dev = GoldSequences.FromCorpus(Path.Combine(corpusDir, "dev"), labels, Types, analyzer);
        // The given-name table in file order: the augmenter's seeded choices must pick the same names on every run.
        var givenNames = Extractor.Models.ModelFile.ReadTable("gazetteers/given-names.tsv").Select(r => r[0]).ToList();
        var (otherGiven, otherSurnames) = OtherOriginNames(gazetteers.Lexicon);
        var augmented = new NameSwapAugmenter(seed, givenNames, otherGiven).Augment(articles, labels, Types, analyzer);
        log($"train {train.Count} sentences (+{augmented.Count} with invented names), dev {dev.Count}");
        train.AddRange(augmented);
        var trainSlots = SentenceFeatures.Compute(train, features);
        var devSlots = SentenceFeatures.Compute(dev, features);
        var model = SequenceLearning.Train(learner, labels, DimensionBits, epochs, seed, log, train, trainSlots, dev, devSlots)
            .WithFingerprint(ModelFingerprint.Compute(ModelFingerprint.CorpusModelFiles, lowercase));
        return (model, StructuredPerceptron.Evaluate(model, dev, devSlots), augmented.Count, lowercase);
    }

    // People of other origins for the renamed copies: names from the lists that the dictionary does not know as
    // common words (so 'Will' or 'Rosa' never stand for a person there), every seventh in file order.
    private static (List<string> Given, List<string> Surnames) OtherOriginNames(SpanishLexicon lexicon)
    {
        var given = new List<string>();
        var surnames = new List<string>();
        int row = 0;
        foreach (var r in Extractor.Models.ModelFile.ReadTable(SpanishLexicon.PersonNamesPath))
        {
            if (row++ % 7 != 0 || r[0].Length < 3 || lexicon.Lookup(r[0]) != 0 || !char.IsUpper(r[0][0])) continue;
            if (r[1].Contains("given", StringComparison.Ordinal)) given.Add(r[0]);
            else if (r[1].Contains("surname", StringComparison.Ordinal) || r[1] == "any") surnames.Add(r[0]);
        }
        return (given, surnames);
    }
}
