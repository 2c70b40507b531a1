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
        return (anchors.Count, roles.Count);
    }
}
