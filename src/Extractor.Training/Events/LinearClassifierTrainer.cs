using Extractor.Events;
using Extractor.Training.MaxEnt;

namespace Extractor.Training.Events;

/// <summary>
/// Learns a <see cref="LinearClassifier"/> with ML.NET's SDCA maximum entropy over hashed features, then reads its
/// weights and biases back, so the runtime scores without ML.NET. Hashed slots seen in training are renumbered
/// densely for ML.NET and mapped back to their slots on export; deterministic for a fixed seed.
/// </summary>
public sealed class LinearClassifierTrainer
{
    public int DimensionBits { get; init; } = 20;
    public int Seed { get; init; } = 17;
    public int MaximumIterations { get; init; } = 60;
    public float L2 { get; init; } = 1e-4f;

    internal LinearClassifier Train(IReadOnlyList<(string Label, uint[] Features)> examples, string[] labels)
    {
        uint mask = (1u << DimensionBits) - 1;
        var compact = new Dictionary<uint, int>();
        foreach (var (_, features) in examples)
            foreach (uint f in features) compact.TryAdd(f & mask, compact.Count);
        int width = Math.Max(1, compact.Count);
        var (classLabels, classWeights, classBiases) = SdcaMaxEnt.Fit(
            examples.Select(x => (x.Label, x.Features.Select(f => compact[f & mask]).ToArray())), width, Seed, MaximumIterations, L2);
        var labelOfClass = classLabels.Select(k => Array.IndexOf(labels, k)).ToArray();
        int classes = classLabels.Length;

        var biases = Enumerable.Repeat(-1e4f, labels.Length).ToArray(); // a label never seen in training never wins
        for (int c = 0; c < classes; c++) biases[labelOfClass[c]] = classBiases[c];
        var weightRows = new Dictionary<uint, float[]>();
        foreach (var (slot, column) in compact)
        {
            var row = new float[labels.Length];
            bool any = false;
            for (int c = 0; c < classes; c++)
            {
                row[labelOfClass[c]] = classWeights[c].GetItemOrDefault(column);
                any |= row[labelOfClass[c]] != 0;
            }
            if (any) weightRows[slot] = row;
        }
        return new LinearClassifier(labels, DimensionBits, weightRows, biases);
    }
}
