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

    // The rows in slot order, their weights end to end (row r at [r * labels, (r + 1) * labels)), and an
    // open-addressing table from slot to row: a probe is a multiply and a compare or two in one array that fits in
    // cache, where a dictionary look-up per feature cost more than the rest of the classifier. A place holds
    // (slot << 32) | (row + 1), 0 when empty, so slot and row come in one read.
    private readonly uint[] _slots;
    private readonly float[] _weights;
    private readonly ulong[] _table;
    private readonly int _tableShift;

    public LinearClassifier(string[] labels, int dimensionBits, Dictionary<uint, float[]> rows, float[] biases)
    {
        if (biases.Length != labels.Length) throw new ArgumentException("one bias per label");
        if (rows.Values.Any(r => r.Length != labels.Length)) throw new ArgumentException("one weight per label in every row");
        Labels = labels;
        DimensionBits = dimensionBits;
        Biases = biases;
        _slots = [.. rows.Keys.Order()];
        _weights = new float[_slots.Length * labels.Length];
        for (int r = 0; r < _slots.Length; r++) rows[_slots[r]].CopyTo(_weights, r * labels.Length);
        int bits = 4;
        while ((1 << bits) < 2 * _slots.Length) bits++;
        _tableShift = 32 - bits;
        _table = new ulong[1 << bits];
        for (int r = 0; r < _slots.Length; r++)
        {
            int at = Place(_slots[r]);
            while (_table[at] != 0) at = (at + 1) & (_table.Length - 1);
            _table[at] = ((ulong)_slots[r] << 32) | (uint)(r + 1);
        }
    }

    public string[] Labels { get; }
    public int DimensionBits { get; }
    public uint Mask => (1u << DimensionBits) - 1;
    public float[] Biases { get; }
    public int Rows => _slots.Length;

    private int Place(uint slot) => (int)((slot * 2654435769u) >> _tableShift);

    /// <summary>The row of a slot, or -1 when training never saw it.</summary>
    private int RowOf(uint slot)
    {
        int last = _table.Length - 1;
        for (int at = Place(slot); ; at = (at + 1) & last)
        {
            ulong entry = _table[at];
            if (entry == 0) return -1;
            if ((uint)(entry >> 32) == slot) return (int)(uint)entry - 1;
        }
    }

    /// <summary>Label probabilities for one example's hashed features (duplicates count once each time given).</summary>
    public void Probabilities(ReadOnlySpan<uint> features, Span<float> probabilities)
    {
        int labels = Labels.Length;
        Biases.AsSpan().CopyTo(probabilities);
        // Weights are added in the order the features come, as before, so every sum is the same to the last bit.
        foreach (uint feature in features)
        {
            int row = RowOf(feature & Mask);
            if (row < 0) continue;
            var weights = _weights.AsSpan(row * labels, labels);
            for (int l = 0; l < weights.Length; l++) probabilities[l] += weights[l];
        }
        float max = float.NegativeInfinity;
        for (int l = 0; l < labels; l++) max = Math.Max(max, probabilities[l]);
        float sum = 0;
        for (int l = 0; l < labels; l++) { probabilities[l] = MathF.Exp(probabilities[l] - max); sum += probabilities[l]; }
        for (int l = 0; l < labels; l++) probabilities[l] /= sum;
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(DimensionBits);
        writer.Write(Labels.Length);
        foreach (var label in Labels) writer.Write(label);
        foreach (var bias in Biases) writer.Write(bias);
        writer.Write(_slots.Length);
        for (int r = 0; r < _slots.Length; r++)
        {
            writer.Write(_slots[r]);
            foreach (var w in _weights.AsSpan(r * Labels.Length, Labels.Length)) writer.Write(w);
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
