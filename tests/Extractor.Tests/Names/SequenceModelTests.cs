using Extractor.Mentions.Names;
using Extractor.Text;
using Extractor.Training;
using Extractor.Training.Scoring;
using Extractor.Training.Sequences;

namespace Extractor.Tests.Names;

public class SequenceModelTests
{
    private static readonly BioLabels Labels = BioLabels.ForTypes(["COMPANY", "PERSON"]);

    [Fact]
    public void An_inside_label_only_continues_its_own_type()
    {
        int o = Labels.IndexOf("O"), bc = Labels.IndexOf("B-COMPANY"), ic = Labels.IndexOf("I-COMPANY"), ip = Labels.IndexOf("I-PERSON");
        bool Allowed(int from, int to) => Labels.Allowed[from * Labels.Count + to];
        Assert.True(Allowed(bc, ic));
        Assert.False(Allowed(bc, ip));
        Assert.False(Allowed(o, ic));
        Assert.False(Labels.Allowed[Labels.Count * Labels.Count + ic], "no sentence starts inside a name");
    }

    [Fact]
    public void Viterbi_never_returns_an_ill_formed_sequence_even_when_local_scores_prefer_one()
    {
        var model = new LinearSequenceModel(Labels, 4, new float[16 * Labels.Count], new float[(Labels.Count + 1) * Labels.Count]);
        // Token 0 prefers O, token 1 prefers I-PERSON: greedy would give O I-PERSON.
        var scores = new float[2 * Labels.Count];
        scores[Labels.IndexOf("O")] = 5;
        scores[Labels.Count + Labels.IndexOf("I-PERSON")] = 3;
        scores[Labels.Count + Labels.IndexOf("B-PERSON")] = 2;
        var best = new int[2];
        model.Decode(scores, 2, best);
        Assert.Equal(new[] { "O", "B-PERSON" }, best.Select(l => Labels.Names[l]));
    }

    [Fact]
    public void Chunks_are_scored_by_exact_type_and_boundaries()
    {
        var scorer = new ChunkScorer(Labels);
        int[] L(params string[] tags) => tags.Select(Labels.IndexOf).ToArray();
        scorer.Add(L("B-COMPANY", "I-COMPANY", "O", "B-PERSON"), L("B-COMPANY", "O", "O", "B-PERSON"));
        var company = scorer.PerType().Single(s => s.Type == "COMPANY");
        var person = scorer.PerType().Single(s => s.Type == "PERSON");
        Assert.Equal((1, 1, 0), (company.Gold, company.Predicted, company.Correct));
        Assert.Equal((1, 1, 1), (person.Gold, person.Predicted, person.Correct));
        Assert.Equal(0.5, scorer.Overall().F1, 3);
    }

    [Fact]
    public void A_saved_model_loads_back_identical()
    {
        var weights = new float[(1 << 6) * Labels.Count];
        weights[7 * Labels.Count + 2] = 1.5f;
        weights[63 * Labels.Count + 4] = -0.25f;
        var transitions = Enumerable.Range(0, (Labels.Count + 1) * Labels.Count).Select(i => i * 0.1f).ToArray();
        var model = new LinearSequenceModel(Labels, 6, weights, transitions);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = LinearSequenceModel.Load(stream);
        Assert.Equal(Labels.Names, loaded.Labels.Names);
        Assert.Equal(weights, loaded.Weights);
        Assert.Equal(transitions, loaded.Transitions);
    }

    /// <summary>The training path runs in CI on a few sentences of our own, with both learners, so it cannot rot.</summary>
    [Theory]
    [InlineData(Learner.Perceptron)]
    [InlineData(Learner.MaxEnt)]
    public void A_tiny_model_learns_its_training_sentences(Learner learner)
    {
        string[] sentences =
        [
            "Marta Quintana dirige Velmora desde Bilbao.",
            "Velmora compró Trixen por 20 millones.",
            "Según Jorge Albes, Trixen crecerá.",
            "El consejero delegado de Velmora, Marta Quintana, habló ayer.",
            "Jorge Albes vendió sus acciones de Trixen.",
        ];
        var people = new[] { "Marta Quintana", "Jorge Albes" };
        var companies = new[] { "Velmora", "Trixen" };
        var labeled = new List<LabeledSentence>();
        foreach (var text in sentences)
        {
            var document = TextAnalyzer.Default.Analyze(text);
            var entities = people.SelectMany(p => Find(text, p, Records.EntityType.PERSON))
                .Concat(companies.SelectMany(c => Find(text, c, Records.EntityType.COMPANY)));
            var labels = GoldSequences.Label(document, entities, Labels);
            labeled.Add(new LabeledSentence(document, document.Sentences[0], labels));
        }
        var features = new NameFeatures(NameGazetteers.Empty);
        var slots = SentenceFeatures.Compute(labeled, features);
        var model = SequenceLearning.Train(learner, Labels, 12, epochs: 10, seed: 3, _ => { }, labeled, slots, labeled, slots);
        var score = Training.Perceptron.StructuredPerceptron.Evaluate(model, labeled, slots).Overall();
        // An untrained model finds nothing (F1 0); the regularised maximum-entropy model need not fit every token.
        Assert.True(score.F1 >= 0.8, $"training F1 {score.F1:0.00}");
    }

    private static IEnumerable<Records.Entity> Find(string text, string name, Records.EntityType type)
    {
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            yield return new Records.Entity(type, at, at + name.Length, name);
    }
}
