namespace Extractor.Mentions.Names;

/// <summary>
/// A large read-only set of words (the 700,000 Spanish word forms) kept as one sorted array of 64-bit entries
/// instead of strings: 8 bytes a word and no objects for the garbage collector. Each entry is a 56-bit hash of
/// the word with a one-byte value in its low byte. A 16-bit prefix index narrows a lookup to a handful of
/// neighbouring entries, so a query costs two or three cache misses rather than a twenty-step binary search
/// over megabytes. Words are hashed exactly as given (callers lower-case them for case-insensitive lookups);
/// two different words share a hash with odds near n · 2^-56 (about 10^-11 per lookup here).
/// </summary>
internal sealed class HashedWordSet
{
    private const int IndexBits = 16;
    private const ulong HashMask = ~0xFFUL;
    private readonly ulong[] _entries;
    private readonly int[] _bucketStart;

    private HashedWordSet(ulong[] entries, int[] bucketStart)
    {
        _entries = entries;
        _bucketStart = bucketStart;
    }

    public static HashedWordSet Empty { get; } = new([], new int[(1 << IndexBits) + 1]);

    public int Count => _entries.Length;

    /// <summary>Bytes held by the set (entries and index).</summary>
    public long MemoryBytes => _entries.Length * 8L + _bucketStart.Length * 4L;

    /// <summary>Builds the set; a word given twice keeps the bitwise or of its values.</summary>
    public static HashedWordSet Build(IEnumerable<(string Word, byte Value)> words)
    {
        var entries = new List<ulong>();
        foreach (var (word, value) in words) entries.Add(Entry(Hash(word), value));
        return FromEntries(entries.ToArray(), entries.Count);
    }

    /// <summary>An entry for <see cref="FromEntries"/>: the word's hash with its value.</summary>
    public static ulong Entry(ulong hash, byte value) => (hash & HashMask) | value;

    /// <summary>
    /// Sorts the first <paramref name="count"/> entries and merges duplicates (their values or'ed). A counting sort on
    /// the 16-bit prefix (two linear passes) followed by insertion sorts of the small buckets: linear time, where a
    /// comparison sort of 700,000 entries was the largest part of loading the lexicon.
    /// </summary>
    public static HashedWordSet FromEntries(ulong[] entries, int count)
    {
        var start = new int[(1 << IndexBits) + 1];
        for (int i = 0; i < count; i++) start[(int)(entries[i] >> (64 - IndexBits)) + 1]++;
        for (int b = 0; b < 1 << IndexBits; b++) start[b + 1] += start[b];
        var sorted = new ulong[count];
        var next = (int[])start.Clone();
        for (int i = 0; i < count; i++) sorted[next[(int)(entries[i] >> (64 - IndexBits))]++] = entries[i];
        // Within each bucket: insertion sort, then merge equal hashes, compacting as we go.
        int n = 0;
        for (int b = 0; b < 1 << IndexBits; b++)
        {
            int from = start[b], to = start[b + 1];
            for (int i = from + 1; i < to; i++)
            {
                ulong v = sorted[i];
                int j = i - 1;
                while (j >= from && sorted[j] > v) { sorted[j + 1] = sorted[j]; j--; }
                sorted[j + 1] = v;
            }
            start[b] = n;
            for (int i = from; i < to; i++)
            {
                if (n > start[b] && (sorted[n - 1] & HashMask) == (sorted[i] & HashMask)) { sorted[n - 1] |= sorted[i] & 0xFF; continue; }
                sorted[n++] = sorted[i];
            }
        }
        start[1 << IndexBits] = n;
        if (n < count) Array.Resize(ref sorted, n);
        return new HashedWordSet(sorted, start);
    }

    /// <summary>Sets value bits on a word already in the set (no effect when it is absent).</summary>
    internal void AddValue(ulong hash, byte bits)
    {
        int i = IndexOf(hash);
        if (i >= 0) _entries[i] |= bits;
    }

    public bool Contains(ReadOnlySpan<char> word) => IndexOf(Hash(word)) >= 0;

    public bool TryGet(ReadOnlySpan<char> word, out byte value)
    {
        int i = IndexOf(Hash(word));
        value = i >= 0 ? (byte)_entries[i] : (byte)0;
        return i >= 0;
    }

    private int IndexOf(ulong hash)
    {
        if (_entries.Length == 0) return -1;
        ulong key = hash & HashMask;
        int bucket = (int)(hash >> (64 - IndexBits));
        int lo = _bucketStart[bucket], hi = _bucketStart[bucket + 1] - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            ulong k = _entries[mid] & HashMask;
            if (k == key) return mid;
            if (k < key) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>The hash of a word: 64-bit FNV-1a over its UTF-8 bytes (as the lists are stored), finished with a
    /// multiply-xorshift so the top bits, which pick the bucket, mix well.</summary>
    public static ulong Hash(ReadOnlySpan<char> word)
    {
        if (word.Length > 256) return HashUtf8(System.Text.Encoding.UTF8.GetBytes(word.ToArray()));
        Span<byte> utf8 = stackalloc byte[word.Length * 3];
        int n = System.Text.Encoding.UTF8.GetBytes(word, utf8);
        return HashUtf8(utf8[..n]);
    }

    public static ulong HashUtf8(ReadOnlySpan<byte> utf8)
    {
        ulong h = 14695981039346656037UL;
        foreach (byte b in utf8) h = (h ^ b) * 1099511628211UL;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h;
    }
}
