using Extractor.Mentions.Names;
using Extractor.Training.Scoring;
using Extractor.Training.Sequences;

namespace Extractor.Training.Perceptron;

/// <summary>
/// The averaged structured perceptron (Collins 2002): decode each training sentence with the current weights
/// under the IOB2 constraints, and where the best sequence differs from the gold one, add the gold features and
/// subtract the predicted ones. ML.NET has no sequence-level learner, hence this small one. The averaged weights
/// generalise better than the last ones; the epoch with the best development F1 is kept.
/// </summary>
internal sealed class StructuredPerceptron
{
    public required BioLabels Labels { get; init; }
    public required int DimensionBits { get; init; }
    public int Epochs { get; init; } = 10;
    public int Seed { get; init; } = 17;
    public Action<string> Log { get; init; } = _ => { };

    public LinearSequenceModel Train(
        IReadOnlyList<LabeledSentence> train, uint[][] trainSlots,
        IReadOnlyList<LabeledSentence>? dev = null, uint[][]? devSlots = null)
    {
        int labels = Labels.Count;
        int mask = (1 << DimensionBits) - 1;
        var weights = new float[(1 << DimensionBits) * labels];
        var transitions = new float[(labels + 1) * labels];
        var weightSums = new double[weights.Length];
        var transitionSums = new double[transitions.Length];
        var current = new LinearSequenceModel(Labels, DimensionBits, weights, transitions);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(Seed);
        long step = 1;
        LinearSequenceModel? best = null;
        double bestF1 = double.NegativeInfinity;
        int longest = train.Max(s => s.Gold.Length);
        var scores = new float[longest * labels];
        var predicted = new int[longest];

        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            int mistakes = 0;
            foreach (int index in order)
            {
                var gold = train[index].Gold;
                int n = gold.Length;
                var slots = trainSlots[index];
                current.Score(slots, n, scores);
                current.Decode(scores, n, predicted);
                bool same = true;
                for (int p = 0; p < n && same; p++) same = predicted[p] == gold[p];
                if (!same)
                {
                    mistakes++;
                    for (int p = 0; p < n; p++)
                    {
                        int g = gold[p], y = predicted[p];
                        int gPrev = p == 0 ? labels : gold[p - 1], yPrev = p == 0 ? labels : predicted[p - 1];
                        if (g != y)
                        {
                            for (int k = 0; k < NameFeatures.PerToken; k++)
                            {
                                uint feature = slots[p * NameFeatures.PerToken + k];
                                if (feature == 0) continue;
                                int row = (int)(feature & (uint)mask) * labels;
                                weights[row + g] += 1; weightSums[row + g] += step;
                                weights[row + y] -= 1; weightSums[row + y] -= step;
                            }
                        }
                        if (g != y || gPrev != yPrev)
                        {
                            transitions[gPrev * labels + g] += 1; transitionSums[gPrev * labels + g] += step;
                            transitions[yPrev * labels + y] -= 1; transitionSums[yPrev * labels + y] -= step;
                        }
                    }
                }
                step++;
            }

            var averaged = Average(weights, weightSums, transitions, transitionSums, step);
            double f1 = dev is null ? epoch : Evaluate(averaged, dev, devSlots!).Overall().F1;
            Log($"epoch {epoch}: {mistakes} sentences wrong of {train.Count}" + (dev is null ? "" : $", dev F1 {100 * f1:0.00}"));
            if (f1 > bestF1) { bestF1 = f1; best = averaged; }
        }
        return best!;
    }

    private LinearSequenceModel Average(float[] weights, double[] weightSums, float[] transitions, double[] transitionSums, long step)
    {
        var w = new float[weights.Length];
        for (int i = 0; i < w.Length; i++) w[i] = weights[i] == 0 && weightSums[i] == 0 ? 0 : (float)(weights[i] - weightSums[i] / step);
        var t = new float[transitions.Length];
        for (int i = 0; i < t.Length; i++) t[i] = (float)(transitions[i] - transitionSums[i] / step);
        return new LinearSequenceModel(Labels, DimensionBits, w, t);
    }

    public static ChunkScorer Evaluate(LinearSequenceModel model, IReadOnlyList<LabeledSentence> sentences, uint[][] slots)
    {
        var scorer = new ChunkScorer(model.Labels);
        int longest = sentences.Count == 0 ? 1 : sentences.Max(s => s.Gold.Length);
        var scores = new float[longest * model.Labels.Count];
        var predicted = new int[longest];
        for (int i = 0; i < sentences.Count; i++)
        {
            int n = sentences[i].Gold.Length;
            model.Score(slots[i], n, scores);
            model.Decode(scores, n, predicted);
            scorer.Add(sentences[i].Gold, predicted.AsSpan(0, n));
        }
        return scorer;
    }
}
