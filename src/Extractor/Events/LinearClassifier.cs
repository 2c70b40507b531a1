using System.Collections.Frozen;
using System.Text;

namespace Extractor.Events;

/// <summary>
/// A multiclass linear classifier over hashed features: one weight row per feature slot that training saw, plus
/// one bias per label. Learned by ML.NET's maximum entropy in the Training project; the runtime only adds weights
/// and takes a softmax, so it never loads ML.NET. Stored sparse, so an unused slot costs nothing on disk.
/// </summary>
internal sealed class LinearClassifier
{
    private const string Magic = "EXTRACTOR-LINEAR-1";
    private readonly FrozenDictionary<uint, float[]> _rows;

    public LinearClassifier(string[] labels, int dimensionBits, Dictionary<uint, float[]> rows, float[] biases)
    {
        if (biases.Length != labels.Length) throw new ArgumentException("one bias per label");
        if (rows.Values.Any(r => r.Length != labels.Length)) throw new ArgumentException("one weight per label in every row");
        Labels = labels;
        DimensionBits = dimensionBits;
        _rows = rows.ToFrozenDictionary();
        Biases = biases;
    }

    public string[] Labels { get; }
    public int DimensionBits { get; }
    public uint Mask => (1u << DimensionBits) - 1;
    public float[] Biases { get; }
    public int Rows => _rows.Count;

    /// <summary>Label probabilities for one example's hashed features (duplicates count once each time given).</summary>
    public void Probabilities(ReadOnlySpan<uint> features, Span<float> probabilities)
    {
        Biases.AsSpan().CopyTo(probabilities);
        foreach (uint feature in features)
            if (_rows.TryGetValue(feature & Mask, out var row))
                for (int l = 0; l < row.Length; l++) probabilities[l] += row[l];
        float max = float.NegativeInfinity;
        for (int l = 0; l < Labels.Length; l++) max = Math.Max(max, probabilities[l]);
        float sum = 0;
        for (int l = 0; l < Labels.Length; l++) { probabilities[l] = MathF.Exp(probabilities[l] - max); sum += probabilities[l]; }
        for (int l = 0; l < Labels.Length; l++) probabilities[l] /= sum;
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(DimensionBits);
        writer.Write(Labels.Length);
        foreach (var label in Labels) writer.Write(label);
        foreach (var bias in Biases) writer.Write(bias);
        writer.Write(_rows.Count);
        foreach (var (slot, row) in _rows.OrderBy(r => r.Key))
        {
            writer.Write(slot);
            foreach (var w in row) writer.Write(w);
        }
    }

    public static LinearClassifier Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic) throw new InvalidDataException("not an event classifier file");
        int bits = reader.ReadInt32();
        var labels = new string[reader.ReadInt32()];
        for (int i = 0; i < labels.Length; i++) labels[i] = reader.ReadString();
        var biases = new float[labels.Length];
        for (int i = 0; i < labels.Length; i++) biases[i] = reader.ReadSingle();
        int count = reader.ReadInt32();
        var rows = new Dictionary<uint, float[]>(count);
        for (int r = 0; r < count; r++)
        {
            uint slot = reader.ReadUInt32();
            var row = new float[labels.Length];
            for (int l = 0; l < row.Length; l++) row[l] = reader.ReadSingle();
            rows[slot] = row;
        }
        return new LinearClassifier(labels, bits, rows, biases);
    }
}
