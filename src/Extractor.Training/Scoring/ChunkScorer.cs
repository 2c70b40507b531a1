using Extractor.Mentions.Names;

namespace Extractor.Training.Scoring;

/// <summary>Collects gold and predicted label sequences and scores chunks (type, start, end) by exact match.</summary>
internal sealed class ChunkScorer
{
    private readonly BioLabels _labels;
    private readonly Dictionary<string, (int Gold, int Predicted, int Correct)> _counts = [];

    public ChunkScorer(BioLabels labels) => _labels = labels;

    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        var g = Chunks(gold);
        var p = Chunks(predicted);
        foreach (var chunk in g) Bump(chunk.Type, gold: 1);
        foreach (var chunk in p) Bump(chunk.Type, predicted: 1);
        foreach (var chunk in p) if (g.Contains(chunk)) Bump(chunk.Type, correct: 1);
    }

    private void Bump(string type, int gold = 0, int predicted = 0, int correct = 0)
    {
        var c = _counts.GetValueOrDefault(type);
        _counts[type] = (c.Gold + gold, c.Predicted + predicted, c.Correct + correct);
    }

    public HashSet<(string Type, int Start, int End)> Chunks(ReadOnlySpan<int> labels)
    {
        var chunks = new HashSet<(string, int, int)>();
        int start = -1;
        string type = "";
        for (int i = 0; i <= labels.Length; i++)
        {
            string label = i < labels.Length ? _labels.Names[labels[i]] : "O";
            bool begins = label.StartsWith("B-", StringComparison.Ordinal) || (label.StartsWith("I-", StringComparison.Ordinal) && BioLabels.TypeOf(label) != type);
            if (start >= 0 && (label == "O" || begins))
            {
                chunks.Add((type, start, i));
                start = -1;
                type = "";
            }
            if (begins) { start = i; type = BioLabels.TypeOf(label); }
        }
        return chunks;
    }

    public List<ChunkScore> PerType() =>
        _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new ChunkScore(kv.Key, kv.Value.Gold, kv.Value.Predicted, kv.Value.Correct)).ToList();

    public ChunkScore Overall() => new("overall", _counts.Values.Sum(c => c.Gold), _counts.Values.Sum(c => c.Predicted), _counts.Values.Sum(c => c.Correct));
}
