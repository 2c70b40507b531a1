using Extractor.Text;

namespace Extractor.Events;

/// <summary>
/// Which tokens may start a cue, from the cue forms' first word and, for phrases, their second: a bit per hashed
/// word ("alza") and per hashed word pair ("se dispara"). Common words that only begin phrases ("se", "de", "a")
/// are then turned away unless the next word fits, before the phrase table compares them with every phrase they
/// begin. A word or pair that may start a cue always passes, so the table finds exactly what it found before.
/// </summary>
internal sealed class CueStarts
{
    private const int Bits = 1 << 16;
    private readonly ulong[] _words = new ulong[Bits / 64];
    private readonly ulong[] _pairs = new ulong[Bits / 64];

    /// <param name="phrases">Each cue form as the phrase table splits it into words.</param>
    public CueStarts(IEnumerable<string[]> phrases)
    {
        foreach (var words in phrases)
        {
            if (words.Length == 0) continue;
            uint first = WordHash.Of(words[0].ToLowerInvariant());
            if (words.Length == 1) Set(_words, first);
            else Set(_pairs, Pair(first, WordHash.Of(words[1].ToLowerInvariant())));
        }
    }

    /// <summary>False when no cue can start at token <paramref name="index"/> (its lower-case form and the next one's).</summary>
    public bool MayStartAt(Document document, int index)
    {
        uint word = WordHash.Of(document.LowerTokenSpan(index));
        if (IsSet(_words, word)) return true;
        return index + 1 < document.Tokens.Length && IsSet(_pairs, Pair(word, WordHash.Of(document.LowerTokenSpan(index + 1))));
    }

    private static uint Pair(uint first, uint second) => first * 31 + second * 2654435769u;

    private static void Set(ulong[] bits, uint hash)
    {
        int bit = (int)(hash >> 16);
        bits[bit >> 6] |= 1UL << (bit & 63);
    }

    private static bool IsSet(ulong[] bits, uint hash)
    {
        int bit = (int)(hash >> 16);
        return (bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }
}
