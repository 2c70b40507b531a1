using Extractor.Mentions.Names;
using Extractor.Training.Sequences;
using Microsoft.ML.Data;

namespace Extractor.Training.MaxEnt;

/// <summary>
/// The local model learned by ML.NET: a maximum-entropy classifier (SDCA) of each token's label from its
/// features. Its weights and biases are read back into a <see cref="LinearSequenceModel"/>, with label-to-label
/// transition scores from the training data, so the runtime decodes it by Viterbi like any other model and never
/// loads ML.NET.
/// </summary>
internal sealed class MaxEntTokenClassifier
{
    public required BioLabels Labels { get; init; }
    public required int DimensionBits { get; init; }
    public int Seed { get; init; } = 17;
    public int MaximumIterations { get; init; } = 30;
    public float L2 { get; init; } = 1e-6f;
    public Action<string> Log { get; init; } = _ => { };

    public LinearSequenceModel Train(IReadOnlyList<LabeledSentence> train, uint[][] trainSlots)
    {
        int mask = (1 << DimensionBits) - 1;
        // Training time grows with the declared width, so the hashed slots seen in training are renumbered densely.
        var compact = new Dictionary<int, int>();
        foreach (var slots in trainSlots)
            foreach (uint feature in slots)
                if (feature != 0) compact.TryAdd((int)(feature & (uint)mask), compact.Count);
        int width = compact.Count;
        Log($"maxent: {width} distinct feature slots");

        var rows = new List<(string, int[])>();
        for (int i = 0; i < train.Count; i++)
            for (int p = 0; p < train[i].Gold.Length; p++)
            {
                var columns = new List<int>(NameFeatures.PerToken);
                for (int k = 0; k < NameFeatures.PerToken; k++)
                {
                    uint feature = trainSlots[i][p * NameFeatures.PerToken + k];
                    if (feature != 0) columns.Add(compact[(int)(feature & (uint)mask)]);
                }
                rows.Add((train[i].Gold[p].ToString(System.Globalization.CultureInfo.InvariantCulture), [.. columns]));
            }

        var (classLabels, classWeights, biases) = SdcaMaxEnt.Fit(rows, width, Seed, MaximumIterations, L2);
        var labelOfClass = classLabels.Select(k => int.Parse(k, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        int classes = classLabels.Length;

        int labels = Labels.Count;
        var weights = new float[(1 << DimensionBits) * labels];
        foreach (var (slot, column) in compact)
            for (int c = 0; c < classes; c++)
                weights[slot * labels + labelOfClass[c]] = classWeights[c].GetItemOrDefault(column);
        // Every token carries the bias feature, so the class biases live in its slot.
        int biasSlot = (int)(StableHash.Start(1) & (uint)mask);
        for (int c = 0; c < classes; c++) weights[biasSlot * labels + labelOfClass[c]] += biases[c];
        for (int l = 0; l < labels; l++)
            if (!labelOfClass.Contains(l)) weights[biasSlot * labels + l] = -1e4f; // a label never seen in training

        return new LinearSequenceModel(Labels, DimensionBits, weights, Transitions(train, labels));
    }

    // log P(to | from) with add-one smoothing: the sequence half of a maximum-entropy Markov-style tagger.
    private static float[] Transitions(IReadOnlyList<LabeledSentence> train, int labels)
    {
        var counts = new double[(labels + 1) * labels];
        foreach (var sentence in train)
            for (int p = 0; p < sentence.Gold.Length; p++)
                counts[(p == 0 ? labels : sentence.Gold[p - 1]) * labels + sentence.Gold[p]]++;
        var transitions = new float[counts.Length];
        for (int from = 0; from <= labels; from++)
        {
            double total = 0;
            for (int to = 0; to < labels; to++) total += counts[from * labels + to] + 1;
            for (int to = 0; to < labels; to++) transitions[from * labels + to] = (float)Math.Log((counts[from * labels + to] + 1) / total);
        }
        return transitions;
    }
}
