using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Extractor.Training.MaxEnt;

/// <summary>
/// ML.NET's SDCA maximum entropy over sparse binary features, read back as numbers: one weight vector and one bias
/// per class, with the class labels in the order ML.NET keyed them. Both learned models of the project (the name
/// model's token classifier and the event classifiers) are fitted here, so the ML.NET set-up lives in one place.
/// </summary>
internal static class SdcaMaxEnt
{
    private sealed class Row
    {
        public string Label { get; set; } = "";
        public VBuffer<float> Features { get; set; }
    }

    /// <summary>Fits the classifier; <paramref name="rows"/> give each example's label and its active feature columns.</summary>
    public static (string[] Classes, VBuffer<float>[] Weights, float[] Biases) Fit(
        IEnumerable<(string Label, int[] Columns)> rows, int width, int seed, int iterations, float l2)
    {
        var data = rows.Select(r =>
        {
            var columns = r.Columns.Distinct().Order().ToArray();
            return new Row { Label = r.Label, Features = new VBuffer<float>(width, columns.Length, Enumerable.Repeat(1f, columns.Length).ToArray(), columns) };
        }).ToList();
        var ml = new MLContext(seed: seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var view = ml.Data.LoadFromEnumerable(data, schema);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(Row.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = nameof(Row.Features),
                MaximumNumberOfIterations = iterations,
                L2Regularization = l2,
                NumberOfThreads = 1,
            }));
        var fitted = pipeline.Fit(view);
        VBuffer<ReadOnlyMemory<char>> keys = default;
        fitted.Transform(view).Schema["Label"].GetKeyValues(ref keys);
        VBuffer<float>[] weights = [];
        fitted.LastTransformer.Model.GetWeights(ref weights, out _);
        return ([.. keys.DenseValues().Select(k => k.ToString())], weights, fitted.LastTransformer.Model.GetBiases().ToArray());
    }
}
