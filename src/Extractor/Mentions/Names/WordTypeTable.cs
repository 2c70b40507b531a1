using Extractor.Text;

namespace Extractor.Mentions.Names;

/// <summary>
/// One article's word types ('de', 'Repsol', 'millones' as written, with their kind and whether they open a
/// sentence), each with its <see cref="TokenTraits"/> and the summed weights of its own features. Half the tokens
/// of an article repeat an earlier one; those then cost one table probe instead of some forty hashes, lexicon
/// look-ups and weight reads. Built per article and dropped with it; holds at most <see cref="MaxTypes"/> types
/// (a huge article's rarer words are scored directly, the same way).
/// </summary>
internal sealed class WordTypeTable
{
    public const int MaxTypes = 1 << 15;

    private readonly NameFeatures _features;
    private readonly CommonWordTypes _common;
    private readonly PackedWeights _weights;
    private readonly Document _document;
    private readonly int _labels;
    private readonly int[] _buckets;         // entry + 1, 0 = empty
    private readonly int[] _token;           // the first token of each type
    private readonly bool[] _initial;
    private readonly TokenTraits[] _traits;
    private readonly float[] _scores;        // entry × labels
    private readonly float[] _neighbour;     // (entry × 6 + offset place) × labels
    private int _count;

    public WordTypeTable(NameFeatures features, PackedWeights weights, CommonWordTypes common, Document document)
    {
        _features = features;
        _common = common;
        _weights = weights;
        _document = document;
        _labels = weights.LabelCount;
        int types = Math.Min(MaxTypes, Math.Max(16, document.Tokens.Length));
        _buckets = new int[(int)BitOperationsRoundUp(types * 2)];
        // One spare entry past the last for the types that no longer fit.
        _token = new int[types + 1];
        _initial = new bool[types + 1];
        _traits = new TokenTraits[types + 1];
        _scores = new float[(types + 1) * _labels];
        _neighbour = new float[(types + 1) * Offsets * _labels];
    }

    private static uint BitOperationsRoundUp(int n) => System.Numerics.BitOperations.RoundUpToPowerOf2((uint)n);

    /// <summary>
    /// The entry of token <paramref name="t"/>'s type: a common word's (a negative number) or the article's own,
    /// computed the first time the type is seen.
    /// </summary>
    public int EntryOf(int t, bool initial)
    {
        var word = _document.TokenSpan(t);
        var kind = _document.Tokens[t].Kind;
        uint wordHash = CommonWordTypes.WordHash(word);
        if (_common.TryFind(word, wordHash, kind, out int common)) return -(common * 2 + (initial ? 1 : 0)) - 1;
        uint hash = (wordHash ^ (uint)kind << 8 ^ (initial ? 0x10000u : 0u)) * 16777619u;
        int mask = _buckets.Length - 1;
        int bucket = (int)(hash & (uint)mask);
        while (_buckets[bucket] != 0)
        {
            int e = _buckets[bucket] - 1;
            int other = _token[e];
            if (_initial[e] == initial && _document.Tokens[other].Kind == kind && _document.TokenSpan(other).SequenceEqual(word)) return e;
            bucket = (bucket + 1) & mask;
        }
        int entry = _count < _token.Length - 1 ? _count++ : _token.Length - 1;
        if (entry < _token.Length - 1) _buckets[bucket] = entry + 1;
        _token[entry] = t;
        _initial[entry] = initial;
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
