using System.Text;

namespace Extractor.Mentions.Names;

/// <summary>
/// A linear sequence labeller: one weight per hashed feature slot and label, plus label-to-label transition
/// weights, decoded by Viterbi under IOB2 constraints. Whatever trained it (the perceptron or ML.NET's maximum
/// entropy), the runtime only reads these numbers, so scoring is a few array reads per token.
/// Immutable once built; safe to share across threads.
/// </summary>
internal sealed class LinearSequenceModel
{
    private const string Magic = "EXTRACTOR-NER-2";
    private const string MagicWithoutFingerprint = "EXTRACTOR-NER-1";

    public LinearSequenceModel(BioLabels labels, int dimensionBits, float[] weights, float[] transitions, string fingerprint = "")
    {
        Fingerprint = fingerprint;
        if (weights.Length != (1 << dimensionBits) * labels.Count) throw new ArgumentException("weights do not match the dimension");
        if (transitions.Length != (labels.Count + 1) * labels.Count) throw new ArgumentException("transitions do not match the labels");
        Labels = labels;
        DimensionBits = dimensionBits;
        Weights = weights;
        Transitions = transitions;
    }

    public BioLabels Labels { get; }

    /// <summary>The <see cref="ModelFingerprint"/> of the features it was trained with ("" for an old model).</summary>
    public string Fingerprint { get; }

    public LinearSequenceModel WithFingerprint(string fingerprint) => new(Labels, DimensionBits, Weights, Transitions, fingerprint);
    public int DimensionBits { get; }
    public int Mask => (1 << DimensionBits) - 1;

    /// <summary>Row-major: slot × label.</summary>
    public float[] Weights { get; }

    /// <summary>(from label or start) × to label.</summary>
    public float[] Transitions { get; }

    /// <summary>Emission scores for n tokens: scores[p * L + label].</summary>
    public void Score(ReadOnlySpan<uint> slots, int tokens, Span<float> scores)
    {
        int labels = Labels.Count;
        int mask = Mask;
        scores[..(tokens * labels)].Clear();
        for (int p = 0; p < tokens; p++)
        {
            var row = scores.Slice(p * labels, labels);
            var features = slots.Slice(p * NameFeatures.PerToken, NameFeatures.PerToken);
            foreach (uint feature in features)
            {
                if (feature == 0) continue;
                int offset = (int)(feature & (uint)mask) * labels;
                for (int l = 0; l < labels; l++) row[l] += Weights[offset + l];
            }
        }
    }

    /// <summary>The best label sequence under the IOB2 constraints.</summary>
    public void Decode(ReadOnlySpan<float> scores, int tokens, Span<int> best)
    {
        int labels = Labels.Count;
        var allowed = Labels.Allowed;
        Span<float> delta = tokens * labels <= 4096 ? stackalloc float[tokens * labels] : new float[tokens * labels];
        Span<int> back = tokens * labels <= 4096 ? stackalloc int[tokens * labels] : new int[tokens * labels];
        for (int l = 0; l < labels; l++)
            delta[l] = allowed[labels * labels + l] ? scores[l] + Transitions[labels * labels + l] : float.NegativeInfinity;
        for (int p = 1; p < tokens; p++)
        {
            for (int to = 0; to < labels; to++)
            {
                float bestScore = float.NegativeInfinity;
                int bestFrom = 0;
                for (int from = 0; from < labels; from++)
                {
                    if (!allowed[from * labels + to]) continue;
                    float score = delta[(p - 1) * labels + from] + Transitions[from * labels + to];
                    if (score > bestScore) { bestScore = score; bestFrom = from; }
                }
                delta[p * labels + to] = bestScore + scores[p * labels + to];
                back[p * labels + to] = bestFrom;
            }
        }
        int last = 0;
        float top = float.NegativeInfinity;
        for (int l = 0; l < labels; l++)
            if (delta[(tokens - 1) * labels + l] > top) { top = delta[(tokens - 1) * labels + l]; last = l; }
        for (int p = tokens - 1; p >= 0; p--)
        {
            best[p] = last;
            if (p > 0) last = back[p * labels + last];
        }
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Fingerprint);
        writer.Write(Labels.Count);
        foreach (var label in Labels.Names) writer.Write(label);
        writer.Write(DimensionBits);
        foreach (var t in Transitions) writer.Write(t);
        // Most slots are never seen in training: store the non-zero rows only.
        int labels = Labels.Count;
        var rows = new List<int>();
        for (int slot = 0; slot < 1 << DimensionBits; slot++)
            for (int l = 0; l < labels; l++)
                if (Weights[slot * labels + l] != 0) { rows.Add(slot); break; }
        writer.Write(rows.Count);
        foreach (int slot in rows)
        {
            writer.Write(slot);
            for (int l = 0; l < labels; l++) writer.Write(Weights[slot * labels + l]);
        }
    }

    public static LinearSequenceModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var magic = reader.ReadString();
        if (magic != Magic && magic != MagicWithoutFingerprint) throw new InvalidDataException("Not an Extractor NER model.");
        var fingerprint = magic == Magic ? reader.ReadString() : "";
        var names = new string[reader.ReadInt32()];
        for (int i = 0; i < names.Length; i++) names[i] = reader.ReadString();
        var labels = new BioLabels(names);
        int bits = reader.ReadInt32();
        var transitions = new float[(labels.Count + 1) * labels.Count];
        for (int i = 0; i < transitions.Length; i++) transitions[i] = reader.ReadSingle();
        var weights = new float[(1 << bits) * labels.Count];
        int rows = reader.ReadInt32();
        for (int r = 0; r < rows; r++)
        {
            int slot = reader.ReadInt32();
            for (int l = 0; l < labels.Count; l++) weights[slot * labels.Count + l] = reader.ReadSingle();
        }
        return new LinearSequenceModel(labels, bits, weights, transitions, fingerprint);
    }
}
