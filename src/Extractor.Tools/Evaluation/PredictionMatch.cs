using Extractor.Records;

namespace Extractor.Evaluation;

/// <summary>
/// Pairs the records of a prediction file with the articles of a gold set. Scoring a file whose ids name other
/// articles would print zeros that look like a result, so a mismatch in either direction is reported instead.
/// </summary>
public static class PredictionMatch
{
    /// <summary>The predicted record of each gold article (by index), or the problems that prevent scoring.</summary>
    public static (IReadOnlyList<ArticleRecord>? Records, IReadOnlyList<string> Problems) Match(GoldSet gold, IReadOnlyList<ArticleRecord> predicted)
    {
        var problems = new List<string>();
        var byId = new Dictionary<string, ArticleRecord>(StringComparer.Ordinal);
        foreach (var record in predicted)
            if (!byId.TryAdd(record.Id, record)) problems.Add($"predicted id {record.Id} appears twice");
        var used = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<ArticleRecord>();
        var missing = new List<string>();
        foreach (var article in gold.Articles)
        {
            var name = article.Names.FirstOrDefault(byId.ContainsKey);
            if (name is null) { missing.Add(article.Id); continue; }
            used.Add(name);
            records.Add(byId[name]);
        }
        var unknown = byId.Keys.Where(id => !used.Contains(id)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0) problems.Add($"{missing.Count} gold articles have no predicted record (e.g. {Sample(missing)})");
        if (unknown.Count > 0) problems.Add($"{unknown.Count} predicted records match no gold article (e.g. {Sample(unknown)})");
        return (problems.Count == 0 ? records : null, problems);
    }

    private static string Sample(IReadOnlyList<string> ids) => string.Join(", ", ids.Take(3)) + (ids.Count > 3 ? ", …" : "");
}
