using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Resolution;

/// <summary>
/// Keeps a set of non-overlapping mentions. ANNOTATION.md: take the outermost span of the highest type
/// (MONEY, PERCENT, QUANTITY, DURATION, DATE, CHIP, COMPANY, PERSON). Candidates are taken by type priority, then
/// longest first; a candidate that overlaps one already kept is dropped.
/// </summary>
public sealed class OverlapResolver : IMentionResolver
{
    private static readonly Comparison<Entity> ByPriority = static (a, b) =>
    {
        int c = a.Type.CompareTo(b.Type);
        if (c != 0) return c;
        c = b.Length.CompareTo(a.Length);
        return c != 0 ? c : a.Start.CompareTo(b.Start);
    };

    public List<Entity> Resolve(Document document, List<Entity> mentions)
    {
        if (mentions.Count < 2) return mentions;
        var ordered = new List<Entity>(mentions);
        ordered.Sort(ByPriority);

        // Kept mentions sorted by start, so an overlap check is one binary search and two neighbours.
        var kept = new List<Entity>(ordered.Count);
        foreach (var candidate in ordered)
        {
            if (candidate.End <= candidate.Start) continue;
            int lo = 0, hi = kept.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (kept[mid].Start < candidate.Start) lo = mid + 1; else hi = mid;
            }
            bool clashesBefore = lo > 0 && kept[lo - 1].End > candidate.Start;
            bool clashesAfter = lo < kept.Count && kept[lo].Start < candidate.End;
            if (!clashesBefore && !clashesAfter) kept.Insert(lo, candidate);
        }
        return kept;
    }
}
