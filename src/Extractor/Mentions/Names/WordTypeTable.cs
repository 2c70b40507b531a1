using Extractor.Text;

namespace Extractor.Mentions.Names;

/// <summary>
/// One article's word types ('de', 'Repsol', 'millones' as written, with their kind and whether they open a
/// sentence), each with its <see cref="TokenTraits"/> and the summed weights of its own features. Half the tokens
/// of an article repeat an earlier one; those then cost one table probe instead of some forty hashes, lexicon
/// look-ups and weight reads. Built per article and dropped with it; holds at most <see cref="MaxTypes"/> types
/// (a huge article's rarer words are scored directly, the same way).
/// </summary>
internal sealed class WordTypeTable : IDisposable
{
    public const int MaxTypes = 1 << 15;

    private readonly NameFeatures _features;
    private readonly CommonWordTypes _common;
    private readonly PackedWeights _weights;
    private readonly Document _document;
    private readonly int _labels;
    // Rented from the shared array pool (an article's table is garbage the moment the article is tagged) and grown
    // by doubling as types arrive: an article of 400 tokens has about 100 uncommon types.
    private int[] _buckets;                  // entry + 1, 0 = empty
    private uint[] _hash;
    private int[] _token;                    // the first token of each type
    private bool[] _initial;
    private TokenTraits[] _traits;
    private float[] _scores;                 // entry × labels
    private float[] _neighbour;              // (entry × 6 + offset place) × labels
    private int _count, _capacity, _bucketCount;

    public WordTypeTable(NameFeatures features, PackedWeights weights, CommonWordTypes common, Document document)
    {
        _features = features;
        _common = common;
        _weights = weights;
        _document = document;
        _labels = weights.LabelCount;
        _capacity = 64;
        _hash = Rent<uint>(_capacity);
        _token = Rent<int>(_capacity);
        _initial = Rent<bool>(_capacity);
        _traits = Rent<TokenTraits>(_capacity);
        _scores = Rent<float>(_capacity * _labels);
        _neighbour = Rent<float>(_capacity * Offsets * _labels);
        _bucketCount = 128;
        _buckets = Rent<int>(_bucketCount);
        Array.Clear(_buckets, 0, _bucketCount);
    }

    private static T[] Rent<T>(int length) => System.Buffers.ArrayPool<T>.Shared.Rent(length);

    private static void Return<T>(T[] array) => System.Buffers.ArrayPool<T>.Shared.Return(array);

    public void Dispose()
    {
        Return(_buckets);
        Return(_hash);
        Return(_token);
        Return(_initial);
        Return(_traits);
        Return(_scores);
        Return(_neighbour);
    }

    /// <summary>
    /// The entry of token <paramref name="t"/>'s type: a common word's (a negative number) or the article's own,
    /// computed the first time the type is seen.
    /// </summary>
    public int EntryOf(int t, bool initial)
    {
        var word = _document.TokenSpan(t);
        var kind = _document.Tokens[t].Kind;
        uint wordHash = WordHash.Of(word);
        if (_common.TryFind(word, wordHash, kind, out int common)) return -(common * 2 + (initial ? 1 : 0)) - 1;
        uint hash = (wordHash ^ (uint)kind << 8 ^ (initial ? 0x10000u : 0u)) * 16777619u;
        int mask = _bucketCount - 1;
        int bucket = (int)(hash & (uint)mask);
        while (_buckets[bucket] != 0)
        {
            int e = _buckets[bucket] - 1;
            int other = _token[e];
            if (_hash[e] == hash && _initial[e] == initial && _document.Tokens[other].Kind == kind && _document.TokenSpan(other).SequenceEqual(word)) return e;
            bucket = (bucket + 1) & mask;
        }
        // Past MaxTypes the last entry is a scratch place, scored afresh for each token that lands there.
        int entry = _count;
        _hash[entry] = hash;
        _token[entry] = t;
        _initial[entry] = initial;
        if (_count < MaxTypes)
        {
            _count++;
            if (_count * 2 > _bucketCount) Rehash();
            else _buckets[bucket] = entry + 1;
            // Always one place beyond the last entry (the scratch place once the table is full).
            if (_count == _capacity) Grow();
        }
        _traits[entry] = _features.Traits(_document, t);
        Span<uint> own = stackalloc uint[NameFeatures.MaxWordFeatures];
        int n = _features.WordFeatures(_document, t, _traits[entry], initial, own);
        var scores = _scores.AsSpan(entry * _labels, _labels);
        scores.Clear();
        _weights.Add(own[..n], scores);
        for (int place = 0; place < Offsets; place++)
            NeighbourScores(_weights, _traits[entry], NameFeatures.NeighbourOffsets[place], _neighbour.AsSpan((entry * Offsets + place) * _labels, _labels));
        return entry;
    }

    private const int Offsets = 6;

    private void Grow()
    {
        int capacity = Math.Min(MaxTypes + 1, _capacity * 2);
        Resize(ref _hash, _capacity, capacity);
        Resize(ref _token, _capacity, capacity);
        Resize(ref _initial, _capacity, capacity);
        Resize(ref _traits, _capacity, capacity);
        Resize(ref _scores, _capacity * _labels, capacity * _labels);
        Resize(ref _neighbour, _capacity * Offsets * _labels, capacity * Offsets * _labels);
        _capacity = capacity;
    }

    private static void Resize<T>(ref T[] array, int used, int length)
    {
        if (array.Length >= length) return;
        var larger = Rent<T>(length);
        Array.Copy(array, larger, used);
        Return(array);
        array = larger;
    }

    // Twice the buckets, every entry (the one being added included) placed again.
    private void Rehash()
    {
        Return(_buckets);
        _bucketCount *= 2;
        _buckets = Rent<int>(_bucketCount);
        Array.Clear(_buckets, 0, _bucketCount);
        int mask = _bucketCount - 1;
        for (int e = 0; e < _count; e++)
        {
            int bucket = (int)(_hash[e] & (uint)mask);
            while (_buckets[bucket] != 0) bucket = (bucket + 1) & mask;
            _buckets[bucket] = e + 1;
        }
    }

    /// <summary>The summed weights of what a token of these traits, at <paramref name="offset"/> from the token scored,
    /// tells about it (<see cref="NameFeatures.NeighbourFeatures"/>); <paramref name="scores"/> is overwritten.</summary>
    public static void NeighbourScores(PackedWeights weights, in TokenTraits traits, int offset, Span<float> scores)
    {
        Span<uint> hashes = stackalloc uint[NameFeatures.MaxNeighbourFeatures];
        int n = NameFeatures.NeighbourFeatures(traits, offset, hashes);
        scores.Clear();
        weights.Add(hashes[..n], scores);
    }

    /// <summary>The summed weights of this type seen at <paramref name="place"/> of <see cref="NameFeatures.NeighbourOffsets"/>.</summary>
    public ReadOnlySpan<float> NeighbourScores(int entry, int place) =>
        entry < 0 ? _common.NeighbourScores((-entry - 1) / 2, place) : _neighbour.AsSpan((entry * Offsets + place) * _labels, _labels);

    public ref readonly TokenTraits Traits(int entry) => ref entry < 0 ? ref _common.Traits((-entry - 1) / 2) : ref _traits[entry];

    /// <summary>The summed weights of the type's own features, one per label.</summary>
    public ReadOnlySpan<float> Scores(int entry) =>
        entry < 0 ? _common.Scores((-entry - 1) / 2, ((-entry - 1) & 1) == 1) : _scores.AsSpan(entry * _labels, _labels);
}
