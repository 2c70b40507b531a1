using Extractor.Events;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

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

    private sealed class Row
    {
        public string Label { get; set; } = "";
        public VBuffer<float> Features { get; set; }
    }

    internal LinearClassifier Train(IReadOnlyList<(string Label, uint[] Features)> examples, string[] labels)
    {
        uint mask = (1u << DimensionBits) - 1;
        var compact = new Dictionary<uint, int>();
        foreach (var (_, features) in examples)
            foreach (uint f in features) compact.TryAdd(f & mask, compact.Count);
        int width = Math.Max(1, compact.Count);
        var rows = examples.Select(x =>
        {
            var ids = x.Features.Select(f => compact[f & mask]).Distinct().Order().ToArray();
            return new Row { Label = x.Label, Features = new VBuffer<float>(width, ids.Length, Enumerable.Repeat(1f, ids.Length).ToArray(), ids) };
        }).ToList();

        var ml = new MLContext(seed: Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(Row.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = nameof(Row.Features),
                MaximumNumberOfIterations = MaximumIterations,
                L2Regularization = L2,
                NumberOfThreads = 1,
            }));
        var fitted = pipeline.Fit(data);
        VBuffer<ReadOnlyMemory<char>> keys = default;
        fitted.Transform(data).Schema["Label"].GetKeyValues(ref keys);
        var labelOfClass = keys.DenseValues().Select(k => Array.IndexOf(labels, k.ToString())).ToArray();

        VBuffer<float>[] classWeights = [];
        fitted.LastTransformer.Model.GetWeights(ref classWeights, out int classes);
        var classBiases = fitted.LastTransformer.Model.GetBiases().ToArray();

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
