namespace Extractor.Batch;

/// <summary>
/// Makes record ids unique within a run: the first use of an id keeps it, a later one gets the first free suffix
/// <c>~2</c>, <c>~3</c>, … in input order. It applies to files of the same name from different command-line
/// arguments (<c>d1/x.txt d2/x.txt</c> → <c>x.txt</c>, <c>x.txt~2</c>) and to repeated ids within one JSON
/// Lines file (<c>feed.jsonl#7</c>, <c>feed.jsonl#7~2</c>). The rule depends only on the order of inputs,
/// which every run and every resume shares.
/// </summary>
internal sealed class UniqueIds
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Claim(string id)
    {
        if (_used.Add(id)) return id;
        for (int n = 2; ; n++)
        {
            var candidate = $"{id}~{n}";
            if (_used.Add(candidate)) return candidate;
        }
    }
}
