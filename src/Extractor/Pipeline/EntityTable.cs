using System.Collections;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// An article's final entities, sorted by position. An entity's id is its index here and never changes once the
/// table is built; for each id the table knows the token range, the sentence and the stage that produced it, so
/// relation stages need not search the text again.
/// </summary>
public sealed class EntityTable : IReadOnlyList<Entity>
{
    private readonly Entity[] _entities;
    private readonly int[] _firstToken;
    private readonly int[] _endToken;
    private readonly int[] _sentence;

    internal EntityTable(Document document, List<Entity> resolved)
    {
        resolved.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        _entities = [.. resolved];
        _firstToken = new int[_entities.Length];
        _endToken = new int[_entities.Length];
        _sentence = new int[_entities.Length];
        // Entities and tokens are both sorted by start, so one forward walk places every entity.
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        int t = 0, s = 0;
        for (int id = 0; id < _entities.Length; id++)
        {
            var entity = _entities[id];
            while (t > 0 && tokens[t - 1].End > entity.Start) t--;
            while (t < tokens.Length && tokens[t].End <= entity.Start) t++;
            int end = t;
            while (end < tokens.Length && tokens[end].Start < entity.End) end++;
            _firstToken[id] = t;
            _endToken[id] = end;
            while (s > 0 && sentences[s - 1].End > entity.Start) s--;
            while (s + 1 < sentences.Length && sentences[s].End <= entity.Start) s++;
            _sentence[id] = s;
        }
    }

    /// <summary>The entity with this id.</summary>
    public Entity this[int id] => _entities[id];

    /// <summary>The number of entities.</summary>
    public int Count => _entities.Length;

    /// <summary>The tokens [first, end) that the entity covers.</summary>
    public (int First, int End) TokenRange(int id) => (_firstToken[id], _endToken[id]);

    /// <summary>The index of the sentence the entity starts in.</summary>
    public int SentenceOf(int id) => _sentence[id];

    /// <summary>The name of the pipeline stage that proposed the entity.</summary>
    public string? StageOf(int id) => _entities[id].Stage;

    /// <summary>The id of <paramref name="entity"/> (the same object), or -1.</summary>
    public int IdOf(Entity entity)
    {
        int lo = 0, hi = _entities.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var e = _entities[mid];
            int c = e.Start != entity.Start ? e.Start.CompareTo(entity.Start) : e.End.CompareTo(entity.End);
            if (c == 0) return ReferenceEquals(e, entity) || e == entity ? mid : -1;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <inheritdoc/>
    public IEnumerator<Entity> GetEnumerator() => ((IEnumerable<Entity>)_entities).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
