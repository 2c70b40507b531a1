using Extractor.Models;
using Extractor.Text;

namespace Extractor.Mentions.Names;

/// <summary>
/// The most frequent Spanish words ('de', 'la', 'millones', 'El'…) and punctuation, scored once when the model
/// loads: their traits, the summed weights of their own features (opening a sentence or not) and of what they tell
/// their neighbours. Two tokens in three of a news article are one of them, and then cost a dictionary probe.
/// Immutable; safe to share across threads. <see cref="WordTypeTable"/> scores the other words per article.
/// </summary>
internal sealed class CommonWordTypes
{
    /// <summary>Frequency ranks read (models/lexicon/es-word-ranks.txt, most frequent first).</summary>
    public const int LowerCaseWords = 6000;

    /// <summary>Of those, how many also get their capitalised form ('El', 'Según').</summary>
    public const int CapitalisedWords = 1500;

    private const string Punctuation = ".,;:()\"'«»“”¿?¡!-–—%$€/[]";

    // Open addressing on WordHash.Of: entry + 1 per bucket, 0 = empty; the words themselves to confirm a match.
    private readonly int[] _buckets;
    private readonly string[] _words;
    private readonly TokenKind[] _kind;
    private readonly TokenTraits[] _traits;
    private readonly float[] _own;        // (entry × 2 + initial) × labels
    private readonly float[] _neighbour;  // (entry × 6 + place) × labels
    private readonly int _labels;

    public CommonWordTypes(NameFeatures features, PackedWeights weights, IEnumerable<string> words)
    {
        _labels = weights.LabelCount;
        // All the words as one document, a word a line, tokenised once; a word that is not one token alone is left out.
        var distinct = words.Distinct(StringComparer.Ordinal).ToList();
        var text = string.Join('\n', distinct);
        var tokens = Tokenizer.Default.Tokenize(text);
        var document = new Document(text, tokens, [new Sentence(0, tokens.Length, 0, text.Length)]);
        var kept = new List<(string Word, int Token)>();
        int lineStart = 0, t = 0;
        foreach (var word in distinct)
        {
            while (t < tokens.Length && tokens[t].Start < lineStart) t++;
            if (t < tokens.Length && tokens[t].Start == lineStart && tokens[t].Length == word.Length) kept.Add((word, t));
            lineStart += word.Length + 1;
        }
        _words = new string[kept.Count];
        _kind = new TokenKind[kept.Count];
        _traits = new TokenTraits[kept.Count];
        _own = new float[kept.Count * 2 * _labels];
        _neighbour = new float[kept.Count * 6 * _labels];
        Span<uint> hashes = stackalloc uint[NameFeatures.MaxWordFeatures];
        for (int entry = 0; entry < kept.Count; entry++)
        {
            var (word, token) = kept[entry];
            _words[entry] = word;
            _kind[entry] = tokens[token].Kind;
            var traits = _traits[entry] = features.Traits(document, token);
            for (int initial = 0; initial < 2; initial++)
            {
                int n = features.WordFeatures(document, token, traits, initial == 1, hashes);
                weights.Add(hashes[..n], _own.AsSpan((entry * 2 + initial) * _labels, _labels));
            }
            for (int place = 0; place < 6; place++)
                WordTypeTable.NeighbourScores(weights, traits, NameFeatures.NeighbourOffsets[place], _neighbour.AsSpan((entry * 6 + place) * _labels, _labels));
        }
        _buckets = new int[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, _words.Length * 2))];
        int mask = _buckets.Length - 1;
        for (int entry = 0; entry < _words.Length; entry++)
        {
            int bucket = (int)(WordHash.Of(_words[entry]) & (uint)mask);
            while (_buckets[bucket] != 0) bucket = (bucket + 1) & mask;
            _buckets[bucket] = entry + 1;
        }
    }

    /// <summary>The shipped list: the most frequent lower-case forms, the capitalised forms of the first of them, punctuation.</summary>
    public static IEnumerable<string> DefaultWords()
    {
        var ranked = new List<string>();
        using (var reader = new StreamReader(ModelFile.Open(SpanishLexicon.RanksPath)))
            while (ranked.Count < LowerCaseWords && reader.ReadLine() is { } line)
                if (line.Length > 0 && line[0] != '#') ranked.Add(line);
        foreach (char c in Punctuation) yield return c.ToString();
        foreach (var word in ranked) yield return word;
        foreach (var word in ranked.Take(CapitalisedWords)) yield return char.ToUpperInvariant(word[0]) + word[1..];
    }

    public int Count => _kind.Length;

    /// <summary>The entry of a word as written (<paramref name="hash"/> its <see cref="WordHash.Of"/>), if it is one of the
    /// common words with the same token kind.</summary>
    public bool TryFind(ReadOnlySpan<char> word, uint hash, TokenKind kind, out int entry)
    {
        int mask = _buckets.Length - 1;
        for (int bucket = (int)(hash & (uint)mask); _buckets[bucket] != 0; bucket = (bucket + 1) & mask)
        {
            entry = _buckets[bucket] - 1;
            if (word.SequenceEqual(_words[entry])) return _kind[entry] == kind;
        }
        entry = -1;
        return false;
    }

    public ref readonly TokenTraits Traits(int entry) => ref _traits[entry];

    public ReadOnlySpan<float> Scores(int entry, bool initial) => _own.AsSpan((entry * 2 + (initial ? 1 : 0)) * _labels, _labels);

    public ReadOnlySpan<float> NeighbourScores(int entry, int place) => _neighbour.AsSpan((entry * 6 + place) * _labels, _labels);
}
