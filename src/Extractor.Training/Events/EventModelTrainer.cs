using Extractor.Corpus;
using Extractor.Events;

namespace Extractor.Training.Events;

/// <summary>Trains the shipped event classifiers from the corpus's training split and writes them.</summary>
public static class EventModelTrainer
{
    /// <summary>Trains on <c>corpus/train</c>; returns the example counts. Writes anchors.bin and roles.bin into <paramref name="outputFolder"/>.</summary>
    public static (int Anchors, int Roles) Train(string corpusFolder, string outputFolder, int seed, Action<string> log)
    {
        var articles = CorpusLayout.Pairs(Path.Combine(corpusFolder, "train"))
            .Select(p => (File.ReadAllText(p.TextPath), CorpusLayout.ReadGold(p.GoldPath)))
            .ToList();
        var (anchors, roles) = EventTrainingData.Build(articles, EventCues.LoadDefault());
        log($"events: {articles.Count} articles, {anchors.Count} anchors ({anchors.Count(a => a.Item1 != EventLabels.None)} positive), {roles.Count} role examples");
        var trainer = new LinearClassifierTrainer { Seed = seed };
        var anchorModel = trainer.Train(anchors, EventLabels.Anchor);
        var roleModel = trainer.Train(roles, EventLabels.Role);
        Directory.CreateDirectory(outputFolder);
        using (var f = File.Create(Path.Combine(outputFolder, "anchors.bin"))) anchorModel.Save(f);
        using (var f = File.Create(Path.Combine(outputFolder, "roles.bin"))) roleModel.Save(f);
        log($"events: anchor model {anchorModel.Rows} rows, role model {roleModel.Rows} rows");
        var devFolder = Path.Combine(corpusFolder, "dev");
        if (Directory.Exists(devFolder))
        {
            var dev = CorpusLayout.Pairs(devFolder).Select(p => (File.ReadAllText(p.TextPath), CorpusLayout.ReadGold(p.GoldPath))).ToList();
            var (devAnchors, devRoles) = EventTrainingData.Build(dev, EventCues.LoadDefault());
            log($"events: dev anchor accuracy {Accuracy(anchorModel, devAnchors):0.000} over {devAnchors.Count}, positive-label F1 {PositiveF1(anchorModel, devAnchors):0.000}; role accuracy {Accuracy(roleModel, devRoles):0.000} over {devRoles.Count}, positive-label F1 {PositiveF1(roleModel, devRoles):0.000}");
        }
        return (anchors.Count, roles.Count);
    }

    private static string Predict(LinearClassifier model, uint[] features)
    {
        Span<float> p = stackalloc float[model.Labels.Length];
        model.Probabilities(features, p);
        int best = 0;
        for (int l = 1; l < p.Length; l++) if (p[l] > p[best]) best = l;
        return model.Labels[best];
    }

    private static double Accuracy(LinearClassifier model, List<(string Label, uint[] Features)> examples) =>
        examples.Count == 0 ? 0 : examples.Count(e => Predict(model, e.Features) == e.Label) / (double)examples.Count;

    /// <summary>F1 over the labels other than none: what the event stage is built from.</summary>
    private static double PositiveF1(LinearClassifier model, List<(string Label, uint[] Features)> examples)
    {
        int correct = 0, predicted = 0, gold = 0;
        foreach (var (label, features) in examples)
        {
            var guess = Predict(model, features);
            if (guess != EventLabels.None) predicted++;
            if (label != EventLabels.None) gold++;
            if (guess != EventLabels.None && guess == label) correct++;
        }
        double p = predicted == 0 ? 0 : (double)correct / predicted, r = gold == 0 ? 0 : (double)correct / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
