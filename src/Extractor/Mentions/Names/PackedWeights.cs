using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Extractor.Mentions.Names;

/// <summary>
/// The emission weights of a <see cref="LinearSequenceModel"/> laid out for scoring. Of the 2^18 hashed slots
/// only about one in eight has a non-zero row; the dense array (5 MB) makes every feature a cache miss. Here a bit
/// per slot says whether its row exists, a running count gives the row's place, and the rows sit packed (about
/// 650 KB), so the whole table stays in a core's 1 MB L2 and features the model never learned cost one bit test.
/// Sums are taken in the same order as the dense scorer's, so scores are the same bit for bit.
/// Immutable once built; safe to share across threads.
/// </summary>
internal sealed class PackedWeights
{
    // One block per 64 slots: which of them have a row, and how many rows come before the block.
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Block(ulong present, int rowsBefore)
    {
        public readonly ulong Present = present;
        public readonly int RowsBefore = rowsBefore;
    }

    private readonly Block[] _blocks;
    private readonly float[] _rows;
    private readonly int _labels;
    private readonly uint _mask;

    public PackedWeights(LinearSequenceModel model)
    {
        _labels = model.Labels.Count;
        _mask = (uint)model.Mask;
        int slots = 1 << model.DimensionBits;
        var weights = model.Weights;
        _blocks = new Block[(slots + 63) / 64];
        var rows = new List<float>();
        for (int block = 0; block < _blocks.Length; block++)
        {
            int before = rows.Count / _labels;
            ulong present = 0;
            for (int bit = 0; bit < 64 && block * 64 + bit < slots; bit++)
            {
                var row = weights.AsSpan((block * 64 + bit) * _labels, _labels);
                if (!row.ContainsAnyExcept(0f)) continue;
                present |= 1UL << bit;
                foreach (float w in row) rows.Add(w);
            }
            _blocks[block] = new Block(present, before);
        }
        _rows = [.. rows];
    }

    public int LabelCount => _labels;

    /// <summary>Adds one score per label to <paramref name="row"/> (a word type's or a table's summed weights).</summary>
    public static void AddRow(ReadOnlySpan<float> scores, Span<float> row)
    {
        for (int l = 0; l < row.Length; l++) row[l] += scores[l];
    }

    /// <summary>Rows stored (slots with a non-zero weight).</summary>
    public int RowCount => _rows.Length / _labels;

    /// <summary>Emission scores for n tokens, as <see cref="LinearSequenceModel.Score"/> computes them.</summary>
    public void Score(ReadOnlySpan<uint> slots, int tokens, Span<float> scores)
    {
        scores[..(tokens * _labels)].Clear();
        for (int p = 0; p < tokens; p++)
            Add(slots.Slice(p * NameFeatures.PerToken, NameFeatures.PerToken), scores.Slice(p * _labels, _labels));
    }

    /// <summary>Adds the rows of <paramref name="features"/> (0 = no feature) to <paramref name="row"/>, in order.</summary>
    public void Add(ReadOnlySpan<uint> features, Span<float> row)
    {
        ref float rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref Block blocks = ref MemoryMarshal.GetArrayDataReference(_blocks);
        int labels = _labels;
        if (row.Length != labels) throw new ArgumentException("one score per label", nameof(row));
        foreach (uint feature in features)
        {
            if (feature == 0) continue;
            uint slot = feature & _mask;
            ref readonly Block block = ref Unsafe.Add(ref blocks, (int)(slot >> 6));
            int bit = (int)(slot & 63);
            if ((block.Present >> bit & 1) == 0) continue;
            int index = (block.RowsBefore + BitOperations.PopCount(block.Present & ((2UL << bit) - 1)) - 1) * labels;
            for (int l = 0; l < row.Length; l++) row[l] += Unsafe.Add(ref rows, index + l);
        }
    }
}
