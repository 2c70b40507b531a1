using Extractor.Mentions.Names;
using Extractor.Training.MaxEnt;
using Extractor.Training.Perceptron;
using Extractor.Training.Sequences;

namespace Extractor.Training;

/// <summary>The two ways to learn the same linear sequence model; one code path serves both label sets.</summary>
public enum Learner
{
    /// <summary>Averaged structured perceptron (sequence-level), written here since ML.NET has none.</summary>
    Perceptron,
    /// <summary>ML.NET's SDCA maximum entropy (token-level) with transition scores from label bigrams.</summary>
    MaxEnt,
}

internal static class SequenceLearning
{
    public static LinearSequenceModel Train(
        Learner learner, BioLabels labels, int dimensionBits, int epochs, int seed, Action<string> log,
        IReadOnlyList<LabeledSentence> train, uint[][] trainSlots, IReadOnlyList<LabeledSentence>? dev, uint[][]? devSlots) =>
        learner switch
        {
            Learner.Perceptron => new StructuredPerceptron { Labels = labels, DimensionBits = dimensionBits, Epochs = epochs, Seed = seed, Log = log }
                .Train(train, trainSlots, dev, devSlots),
            Learner.MaxEnt => new MaxEntTokenClassifier { Labels = labels, DimensionBits = dimensionBits, Seed = seed, MaximumIterations = Math.Max(epochs, 10), Log = log }
                .Train(train, trainSlots),
            _ => throw new ArgumentOutOfRangeException(nameof(learner)),
        };
}
