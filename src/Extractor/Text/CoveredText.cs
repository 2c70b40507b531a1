using System.Collections;

namespace Extractor.Text;

/// <summary>
/// Which characters of an article spans already cover: one bit each, so testing or taking a span costs its length
/// whatever the number of spans (a long article has a million mentions).
/// </summary>
internal sealed class CoveredText(int length)
{
    private readonly BitArray _bits = new(length);

    /// <summary>How many characters it tracks.</summary>
    public int Length => _bits.Length;

    /// <summary>True when no character of [<paramref name="start"/>, <paramref name="end"/>) is covered.</summary>
    public bool IsFree(int start, int end)
    {
        for (int c = start; c < end; c++)
            if (_bits[c]) return false;
        return true;
    }

    public void Cover(int start, int end)
    {
        for (int c = start; c < end; c++) _bits[c] = true;
    }
}
