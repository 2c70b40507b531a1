namespace Extractor.Mentions.Names;

/// <summary>
/// The summed weights of the context features that can take only a few values (<see cref="NameFeatures.FewValued"/>),
/// one row per value, computed when the model loads: scoring a token then reads five small tables that stay in
/// the first-level cache instead of hashing five features and reading their rows from the large weight table.
/// Immutable; safe to share across threads.
/// </summary>
internal sealed class FewValuedScores
{
    private readonly int _labels;
    private readonly float[] _mark, _previousMark, _nextMark, _quote, _lexiconContext;

    public FewValuedScores(PackedWeights weights)
    {
        _labels = weights.LabelCount;
        _mark = Table(weights, NameFeatures.FewValued.MarkValues, NameFeatures.MarkFeature);
        _previousMark = Table(weights, NameFeatures.FewValued.NeighbourMarkValues, NameFeatures.PreviousMarkFeature);
        _nextMark = Table(weights, NameFeatures.FewValued.NeighbourMarkValues, NameFeatures.NextMarkFeature);
        _quote = Table(weights, 2, NameFeatures.QuoteFeature);
        _lexiconContext = Table(weights, NameFeatures.FewValued.LexiconContextValues, NameFeatures.LexiconContextFeature);
    }

    private static float[] Table(PackedWeights weights, int values, Func<uint, uint> feature)
    {
        int labels = weights.LabelCount;
        var table = new float[values * labels];
        for (int v = 0; v < values; v++) weights.Add([feature((uint)v)], table.AsSpan(v * labels, labels));
        return table;
    }

    /// <summary>Adds the rows of the five features, in <see cref="NameFeatures.ContextFeatures"/>' order.</summary>
    public void Add(in NameFeatures.FewValued few, Span<float> row)
    {
        AddRow(_mark, few.Mark, row);
        AddRow(_previousMark, few.PreviousMark, row);
        AddRow(_nextMark, few.NextMark, row);
        AddRow(_quote, few.InsideQuotes, row);
        AddRow(_lexiconContext, few.LexiconContext, row);
    }

    private void AddRow(float[] table, uint value, Span<float> row) => PackedWeights.AddRow(table.AsSpan((int)value * _labels, _labels), row);
}
