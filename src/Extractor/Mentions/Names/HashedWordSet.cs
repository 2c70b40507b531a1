namespace Extractor.Mentions.Names;

/// <summary>
/// A large read-only set of words (the 700,000 Spanish word forms) kept as sorted 64-bit hashes with a one-byte
/// value each, instead of strings: 9 bytes a word and no objects for the garbage collector. A 16-bit prefix index
/// narrows a lookup to a handful of neighbouring entries, so a query costs two or three cache misses rather
/// than a twenty-step binary search over megabytes. Words are hashed exactly as given (callers lower-case them
/// where they want case-insensitive lookups); two different words share a hash with odds near 2^-64 · n.
/// </summary>
public sealed class HashedWordSet
{
    private const int IndexBits = 16;
    private readonly ulong[] _hashes;
    private readonly byte[] _values;
    private readonly int[] _bucketStart;

    private HashedWordSet(ulong[] hashes, byte[] values)
    {
        _hashes = hashes;
        _values = values;
        _bucketStart = new int[(1 << IndexBits) + 1];
        int h = 0;
        for (int b = 0; b <= 1 << IndexBits; b++)
        {
            while (h < hashes.Length && (int)(hashes[h] >> (64 - IndexBits)) < b) h++;
            _bucketStart[b] = h;
        }
    }

    public static HashedWordSet Empty { get; } = new([], []);

    public int Count => _hashes.Length;

    /// <summary>Bytes held by the set (hashes, values and index).</summary>
    public long MemoryBytes => _hashes.Length * 9L + _bucketStart.Length * 4L;

    /// <summary>Builds the set; a word given twice keeps the bitwise or of its values.</summary>
    public static HashedWordSet Build(IEnumerable<(string Word, byte Value)> words)
    {
        var hashes = new List<ulong>();
        var values = new List<byte>();
        foreach (var (word, value) in words) { hashes.Add(Hash(word)); values.Add(value); }
        return FromUnsorted(hashes.ToArray(), values.ToArray());
    }

    /// <summary>Sorts the hashes (values follow them) and merges duplicates.</summary>
    public static HashedWordSet FromUnsorted(ulong[] hashes, byte[] values)
    {
        Array.Sort(hashes, values);
        int n = 0;
        for (int i = 0; i < hashes.Length; i++)
        {
            if (n > 0 && hashes[n - 1] == hashes[i]) { values[n - 1] |= values[i]; continue; }
            hashes[n] = hashes[i];
            values[n] = values[i];
            n++;
        }
        if (n < hashes.Length) { Array.Resize(ref hashes, n); Array.Resize(ref values, n); }
        return new HashedWordSet(hashes, values);
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGet(word, out _);

    public bool TryGet(ReadOnlySpan<char> word, out byte value)
    {
        value = 0;
        if (_hashes.Length == 0) return false;
        ulong h = Hash(word);
        int bucket = (int)(h >> (64 - IndexBits));
        int i = Array.BinarySearch(_hashes, _bucketStart[bucket], _bucketStart[bucket + 1] - _bucketStart[bucket], h);
        if (i < 0) return false;
        value = _values[i];
        return true;
    }

    /// <summary>64-bit FNV-1a over the UTF-16 code units, finished with a multiply-xorshift so the top bits mix well.</summary>
    public static ulong Hash(ReadOnlySpan<char> word)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in word)
        {
            h = (h ^ (byte)c) * 1099511628211UL;
            h = (h ^ (uint)(c >> 8)) * 1099511628211UL;
        }
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h;
    }
}
