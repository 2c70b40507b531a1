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
        var features = new NameFeatures(NameGazetteers.LoadDefault(CompanyGazetteer.LoadDefault()).WithLowercaseWords(lowercase));
        var train = GoldSequences.FromArticles(articles, labels, Types, analyzer);
        var dev = GoldSequences.FromCorpus(Path.Combine(corpusDir, "dev"), labels, Types, analyzer);
        // The given-name table in file order: the augmenter's seeded choices must pick the same names on every run.
        var givenNames = Extractor.Models.ModelFile.ReadTable("gazetteers/given-names.tsv").Select(r => r[0]).ToList();
        var augmented = new NameSwapAugmenter(seed, givenNames).Augment(articles, labels, Types, analyzer);
        log($"train {train.Count} sentences (+{augmented.Count} with invented names), dev {dev.Count}");
        train.AddRange(augmented);
        var trainSlots = SentenceFeatures.Compute(train, features);
        var devSlots = SentenceFeatures.Compute(dev, features);
        var model = SequenceLearning.Train(learner, labels, DimensionBits, epochs, seed, log, train, trainSlots, dev, devSlots);
        return (model, StructuredPerceptron.Evaluate(model, dev, devSlots), augmented.Count, lowercase);
    }
}
