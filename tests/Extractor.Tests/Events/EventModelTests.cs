using Extractor.Corpus;
using Extractor.Events;
using Extractor.Records;
using Extractor.Tests.Support;
using Extractor.Training.Events;

namespace Extractor.Tests.Events;

public class EventModelTests
{
    [Fact]
    public void The_ml_net_learner_separates_what_its_features_separate()
    {
        var examples = new List<(string, uint[])>();
        for (int i = 0; i < 40; i++)
        {
            examples.Add(("none", [1u, 100u + (uint)(i % 3)]));
            examples.Add(("company", [1u, 200u + (uint)(i % 3)]));
        }
        var model = new LinearClassifierTrainer { DimensionBits = 12 }.Train(examples, ["none", "company"]);
        Span<float> p = stackalloc float[2];
        model.Probabilities([1u, 201u], p);
        Assert.True(p[1] > 0.9f, $"P(company) = {p[1]}");
        model.Probabilities([1u, 101u], p);
        Assert.True(p[0] > 0.9f, $"P(none) = {p[0]}");
    }

    [Fact]
    public void A_saved_classifier_loads_back_the_same_scores()
    {
        var model = new LinearClassifier(["none", "buyer"], 16, new Dictionary<uint, float[]> { [7] = [0.5f, -1f], [9] = [0f, 2f] }, [0.1f, -0.1f]);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var back = LinearClassifier.Load(stream);
        Span<float> a = stackalloc float[2], b = stackalloc float[2];
        model.Probabilities([7u, 9u, 12345u], a);
        back.Probabilities([7u, 9u, 12345u], b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void The_shipped_event_models_are_what_train_events_makes_from_the_corpus()
    {
        using var folder = new TempFolder();
        EventModelTrainer.Train(Path.Combine(RepoPaths.Root, "corpus"), folder.Path, seed: 17, _ => { });
        foreach (var file in new[] { "anchors.bin", "roles.bin" })
            Assert.True(File.ReadAllBytes(Path.Combine(folder.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "models", "events", file))),
                $"models/events/{file} is stale: run `extractor train events`");
    }

    [Fact]
    public void The_validator_refuses_an_event_slot_that_no_entity_of_the_article_holds()
    {
        var entities = new List<Entity>
        {
            new(EntityType.COMPANY, 0, 6, "Repsol") { Canonical = "Repsol" },
            new(EntityType.MONEY, 12, 30, "300 millones de euros") { Number = 300_000_000m, Currency = "EUR" },
        };
        var good = new ArticleEvent(EventType.RESULTS) { Company = entities[0], Metric = "net_profit", Amount = new EventFigure(-300_000_000m, "EUR", null) };
        Assert.Empty(CorpusValidator.ValidateEvents(entities, [good]));
        var bad = good with { Company = new Entity(EntityType.COMPANY, -1, -1, "Cepsa") { Canonical = "Cepsa" }, Amount = new EventFigure(310_000_000m, "EUR", null) };
        var problems = CorpusValidator.ValidateEvents(entities, [bad]).ToList();
        Assert.Contains(problems, p => p.Contains("'Cepsa' is no COMPANY"));
        Assert.Contains(problems, p => p.Contains("is no MONEY"));
    }
}
