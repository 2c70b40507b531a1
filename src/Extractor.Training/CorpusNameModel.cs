using Extractor.Mentions.Companies;
using Extractor.Mentions.Names;
using Extractor.Records;
using Extractor.Text;
using Extractor.Training.Perceptron;
using Extractor.Training.Scoring;
using Extractor.Training.Sequences;

namespace Extractor.Training;

/// <summary>The shipped COMPANY and PERSON model: learned from corpus/train with the gazetteers as features.</summary>
public static class CorpusNameModel
{
    public const string FileName = "companies-people.bin";
    public const int DimensionBits = 18;
    public static readonly IReadOnlySet<EntityType> Types = new HashSet<EntityType> { EntityType.COMPANY, EntityType.PERSON };

    public static BioLabels Labels() => BioLabels.ForTypes(Types.Select(t => t.ToString()).Order(StringComparer.Ordinal));

    public const string LowercaseWordsFile = "lowercase-words.tsv";

    public static List<string> LowercaseWords(string corpusDir) =>
        NameGazetteers.FrequentLowercaseWords(Directory.EnumerateFiles(Path.Combine(corpusDir, "train"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));

    public static (LinearSequenceModel Model, ChunkScorer Dev, int Augmented) Train(string corpusDir, Learner learner, int epochs, int seed, Action<string> log)
    {
        var labels = Labels();
        var analyzer = TextAnalyzer.Default;
        var features = new NameFeatures(NameGazetteers.LoadDefault(CompanyGazetteer.LoadDefault()).WithLowercaseWords(LowercaseWords(corpusDir)));
        var train = GoldSequences.FromCorpus(Path.Combine(corpusDir, "train"), labels, Types, analyzer);
        var dev = GoldSequences.FromCorpus(Path.Combine(corpusDir, "dev"), labels, Types, analyzer);
        var givenNames = Models.ModelFileReader.GivenNames();
        var augmented = new NameSwapAugmenter(seed, givenNames).Augment(
            Extractor.Corpus.CorpusLayout.Pairs(Path.Combine(corpusDir, "train"))
                .Select(p => (File.ReadAllText(p.TextPath), Extractor.Corpus.CorpusLayout.ReadGold(p.GoldPath).Entities))
                .ToList(),
            labels, Types, analyzer);
        log($"train {train.Count} sentences (+{augmented.Count} with invented names), dev {dev.Count}");
        train.AddRange(augmented);
        var trainSlots = SentenceFeatures.Compute(train, features);
        var devSlots = SentenceFeatures.Compute(dev, features);
        var model = SequenceLearning.Train(learner, labels, DimensionBits, epochs, seed, log, train, trainSlots, dev, devSlots);
        return (model, StructuredPerceptron.Evaluate(model, dev, devSlots), augmented.Count);
    }
}
