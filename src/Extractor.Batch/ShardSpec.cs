using System.Globalization;

namespace Extractor.Batch;

/// <summary>
/// <c>--shard K/N</c>: part K (0-based, as Kubernetes indexed jobs, Slurm arrays and AWS Batch array jobs number
/// their tasks) of N contiguous parts of the sorted input list. Contiguous parts in order make the
/// concatenation of the N outputs, in K order, byte-identical to one run over everything.
/// </summary>
/// <param name="Index">K: the part, 0-based.</param>
/// <param name="Count">N: the number of parts.</param>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The whole input list (part 0 of 1).</summary>
    public static ShardSpec All => new(0, 1);

    /// <summary>Parses <c>K/N</c>; on failure, <paramref name="error"/> says why.</summary>
    public static bool TryParse(string text, out ShardSpec shard, out string? error)
    {
        shard = All;
        error = null;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            error = $"--shard expects K/N with whole numbers (e.g. 0/4), not '{text}'.";
            return false;
        }
        if (count < 1 || index >= count)
        {
            error = $"--shard {text}: K must be in 0..N-1 and N at least 1.";
            return false;
        }
        shard = new ShardSpec(index, count);
        return true;
    }

    /// <summary>This shard's slice of the sorted list: items [K·M/N, (K+1)·M/N).</summary>
    public IReadOnlyList<T> Select<T>(IReadOnlyList<T> sorted)
    {
        int start = (int)((long)Index * sorted.Count / Count);
        int end = (int)((long)(Index + 1) * sorted.Count / Count);
        var slice = new List<T>(end - start);
        for (int i = start; i < end; i++) slice.Add(sorted[i]);
        return slice;
    }
}
