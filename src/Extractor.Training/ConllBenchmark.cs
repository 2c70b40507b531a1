using Extractor.Mentions.Names;
using Extractor.Text;
using Extractor.Training.Conll;
using Extractor.Training.Perceptron;
using Extractor.Training.Scoring;
using Extractor.Training.Sequences;

namespace Extractor.Training;

/// <summary>
/// The CoNLL-2002 Spanish benchmark: train on esp.train, pick the epoch on esp.testa, score any file. The data
/// is for research use only, so its model is written outside models/ and never shipped.
/// </summary>
internal static class ConllBenchmark
{
    public static readonly string[] Types = ["LOC", "MISC", "ORG", "PER"];
    public const int DimensionBits = 22;

    public const string LowercaseWordsFile = "lowercase-words.txt";

    /// <summary>
    /// No gazetteers of companies or people: the benchmark model learns its entities from esp.train alone, with the
    /// general-language lists (the Spanish lexicon, people's names of many origins, legal forms) as features.
    /// </summary>
    public static NameFeatures Features(IEnumerable<string> lowercaseWords) => new(NameGazetteers.LanguageOnly().WithLowercaseWords(lowercaseWords));

    public static string Fingerprint(IEnumerable<string> lowercaseWords) => ModelFingerprint.Compute(ModelFingerprint.LanguageOnlyFiles, lowercaseWords);

    public static List<string> LowercaseWords(string dataDir) =>
        NameGazetteers.FrequentLowercaseWords(ConllData.Read(Path.Combine(dataDir, "esp.train")).Select(s => string.Join(' ', s.Tokens)));

    public static (LinearSequenceModel Model, ChunkScorer Dev, List<string> LowercaseWords) Train(string dataDir, Learner learner, int epochs, int seed, Action<string> log)
    {
        var labels = BioLabels.ForTypes(Types);
        var tokenizer = TextAnalyzer.Default.Tokenizer;
        var lowercase = LowercaseWords(dataDir);
        var features = Features(lowercase);
        var train = ConllData.Read(Path.Combine(dataDir, "esp.train")).Select(s => ConllData.ToLabeled(s, labels, tokenizer)).ToList();
        var dev = ConllData.Read(Path.Combine(dataDir, "esp.testa")).Select(s => ConllData.ToLabeled(s, labels, tokenizer)).ToList();
        log($"train {train.Count} sentences, dev {dev.Count}");
        var trainSlots = SentenceFeatures.Compute(train, features);
        var devSlots = SentenceFeatures.Compute(dev, features);
        var model = SequenceLearning.Train(learner, labels, DimensionBits, epochs, seed, log, train, trainSlots, dev, devSlots)
            .WithFingerprint(Fingerprint(lowercase));
        return (model, StructuredPerceptron.Evaluate(model, dev, devSlots), lowercase);
    }

    /// <summary>Scores a CoNLL file; with a writer, also writes 'token gold predicted' lines for conlleval.</summary>
    public static ChunkScorer Evaluate(LinearSequenceModel model, IEnumerable<string> lowercaseWords, string file, TextWriter? predictions)
    {
        var words = lowercaseWords.ToList();
        ModelFingerprint.Check(model, Fingerprint(words), "CoNLL-2002 benchmark model", "train conll2002");
        lowercaseWords = words;
        var tokenizer = TextAnalyzer.Default.Tokenizer;
        var sentences = ConllData.Read(file);
        var labeled = sentences.Select(s => ConllData.ToLabeled(s, model.Labels, tokenizer)).ToList();
        var slots = SentenceFeatures.Compute(labeled, Features(lowercaseWords));
        var scorer = new ChunkScorer(model.Labels);
        var scores = new float[Math.Max(1, labeled.Max(s => s.Gold.Length)) * model.Labels.Count];
        for (int i = 0; i < labeled.Count; i++)
        {
            int n = labeled[i].Gold.Length;
            var predicted = new int[n];
            model.Score(slots[i], n, scores);
            model.Decode(scores, n, predicted);
            scorer.Add(labeled[i].Gold, predicted);
            if (predictions is null) continue;
            for (int t = 0; t < n; t++)
                predictions.Write($"{sentences[i].Tokens[t]} {sentences[i].Tags[t]} {model.Labels.Names[predicted[t]]}\n");
            predictions.Write('\n');
        }
        return scorer;
    }
}
