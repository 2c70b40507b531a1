using System.Buffers;
using Extractor.Text;

namespace Extractor.Mentions.Names;

/// <summary>Features, scores and Viterbi for one document: the labels of every token, sentence by sentence.</summary>
internal sealed class SequenceTagger
{
    public SequenceTagger(LinearSequenceModel model, NameFeatures features)
    {
        Model = model;
        Features = features;
        Weights = new PackedWeights(model);
        FewValued = new FewValuedScores(Weights);
        CommonWords = new CommonWordTypes(features, Weights, CommonWordTypes.DefaultWords());
        // What the three sentinels before a sentence tell the tokens after them: the same in every sentence.
        int labels = model.Labels.Count;
        _startEdgeScores = new float[3 * NameFeatures.NeighbourOffsets.Length * labels];
        for (int k = 0; k < 3; k++)
            for (int place = 0; place < NameFeatures.NeighbourOffsets.Length; place++)
                WordTypeTable.NeighbourScores(Weights, NameFeatures.StartEdge(k), NameFeatures.NeighbourOffsets[place],
                    _startEdgeScores.AsSpan((k * NameFeatures.NeighbourOffsets.Length + place) * labels, labels));
    }

    // (sentinel 0–2 × neighbour place) × labels.
    private readonly float[] _startEdgeScores;

    public LinearSequenceModel Model { get; }
    public NameFeatures Features { get; }

    /// <summary>The model's weights as scoring reads them.</summary>
    public PackedWeights Weights { get; }

    private FewValuedScores FewValued { get; }

    private CommonWordTypes CommonWords { get; }

    /// <summary>The labels of every token, and the gazetteer marks the features read (the recogniser's rules read them too).</summary>
    public int[] Tag(Document document, out byte[] marks)
    {
        int tokens = document.Tokens.Length;
        var labels = new int[tokens];
        using var types = new WordTypeTable(Features, Weights, CommonWords, document);
        // Every token's word type first: the gazetteers are then asked only where a type says they may find something.
        var entries = ArrayPool<int>.Shared.Rent(tokens);
        var flags = ArrayPool<byte>.Shared.Rent(tokens);
        try
        {
            foreach (var sentence in document.Sentences)
                for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    entries[t] = types.EntryOf(t, t == sentence.FirstToken);
                    flags[t] = types.Traits(entries[t]).GazetteerFlags;
                }
            marks = Features.GazetteerMarks(document, flags.AsSpan(0, tokens));
            TagSentences(document, types, entries, marks, labels);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(entries);
            ArrayPool<byte>.Shared.Return(flags);
        }
        return labels;
    }

    private void TagSentences(Document document, WordTypeTable types, int[] entries, byte[] marks, int[] labels)
    {
        int longest = document.Sentences.Length == 0 ? 0 : document.Sentences.Max(s => s.TokenCount);
        int labelCount = Model.Labels.Count;
        var scores = new float[longest * labelCount];
        var traits = new TokenTraits[longest + 6];
        Span<uint> pairs = stackalloc uint[NameFeatures.MaxPairFeatures];
        Span<float> edge = stackalloc float[labelCount];
        foreach (var sentence in document.Sentences)
        {
            int n = sentence.TokenCount;
            int first = sentence.FirstToken;
            // Each token's own features come summed from its word type, those of each neighbour from the neighbour's type,
            // the few-valued ones from tables; only the features that read two tokens at once are hashed here.
            // The same features as NameFeatures.Extract lists, summed in groups (the last bits of a score may differ
            // from a feature-by-feature sum).
            NameFeatures.FillEdges(traits, n);
            for (int p = 0; p < n; p++) traits[p + 3] = types.Traits(entries[first + p]);
            int quotes = 0;
            for (int p = 0; p < n; p++)
            {
                var row = scores.AsSpan(p * labelCount, labelCount);
                types.Scores(entries[first + p]).CopyTo(row);
                for (int place = 0; place < NameFeatures.NeighbourOffsets.Length; place++)
                {
                    int q = p + NameFeatures.NeighbourOffsets[place];
                    if (q >= 0 && q < n) PackedWeights.AddRow(types.NeighbourScores(entries[first + q], place), row);
                    else if (q < 0) PackedWeights.AddRow(_startEdgeScores.AsSpan(((q + 3) * NameFeatures.NeighbourOffsets.Length + place) * labelCount, labelCount), row);
                    else
                    {
                        // The sentinels after a sentence hash its length, so they are scored here.
                        WordTypeTable.NeighbourScores(Weights, traits[q + 3], NameFeatures.NeighbourOffsets[place], edge);
                        PackedWeights.AddRow(edge, row);
                    }
                }
                FewValued.Add(NameFeatures.FewValued.Of(sentence, marks, traits, p, ref quotes), row);
                int f = NameFeatures.PairFeatures(sentence, marks, traits, p, pairs);
                Weights.Add(pairs[..f], row);
            }
            Model.Decode(scores, n, labels.AsSpan(first, n));
        }
    }
}
