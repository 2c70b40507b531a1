namespace Extractor.Lexicons;

/// <summary>
/// A one-bit-per-hash filter in front of a word table: most tokens asked about are in no table ('la', 'empresa',
/// '2025' against the numerals or the currency names), and a cheap hash and one bit answer "certainly not" for
/// them before the table hashes the word its own, slower way. Never answers "no" for a word the table holds.
/// Immutable; safe to share across threads.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 1 << 14;
    private readonly ulong[] _bits = new ulong[Bits / 64];
    private readonly bool _ignoreCase;

    /// <param name="words">The table's keys.</param>
    /// <param name="ignoreCase">Whether the table compares with <see cref="StringComparer.OrdinalIgnoreCase"/>.</param>
    public WordFilter(IEnumerable<string> words, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        foreach (var word in words)
        {
            if (!TryHash(word, ignoreCase, out uint hash)) { _bits.AsSpan().Fill(ulong.MaxValue); return; }
            _bits[(hash & (Bits - 1)) >> 6] |= 1UL << (int)(hash & 63);
        }
    }

    /// <summary>False when the table certainly does not hold <paramref name="word"/>.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (!TryHash(word, _ignoreCase, out uint hash)) return true;
        return (_bits[(hash & (Bits - 1)) >> 6] & 1UL << (int)(hash & 63)) != 0;
    }

    // FNV-1a over the characters, upper-cased one by one when case is ignored. Only characters whose case the two
    // comparisons surely agree on are hashed: ASCII, the Latin-1 letters (á, Ñ, ü…) and characters without case
    // ('€', '%'). A word with any other character gets no hash and passes; a table with such a key has no filter.
    private static bool TryHash(ReadOnlySpan<char> word, bool ignoreCase, out uint hash)
    {
        hash = 2166136261u;
        foreach (char c in word)
        {
            char k = c;
            if (ignoreCase && c >= 0x80)
            {
                bool latinLetter = c is >= '\u00C0' and <= '\u00FE' and not '\u00D7' and not '\u00F7';
                bool caseless = !char.IsSurrogate(c) && !char.IsLetter(c) && char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c;
                if (!latinLetter && !caseless) return false;
                k = char.ToUpperInvariant(c);
            }
            else if (ignoreCase) k = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
            hash = (hash ^ k) * 16777619u;
        }
        hash ^= hash >> 15;
        return true;
    }
}
