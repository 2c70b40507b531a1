using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Resolution;

/// <summary>
/// Keeps a set of non-overlapping mentions. ANNOTATION.md: take the outermost span of the highest type
/// (MONEY, PERCENT, QUANTITY, DURATION, DATE, CHIP, COMPANY, PERSON). Candidates are taken by type priority, then
/// longest first; a candidate that overlaps one already kept is dropped.
/// </summary>
internal sealed class OverlapResolver : IMentionResolver
{
    private static readonly Comparison<Entity> ByPriority = static (a, b) =>
    {
        int c = a.Type.CompareTo(b.Type);
        if (c != 0) return c;
        c = b.Length.CompareTo(a.Length);
        if (c != 0) return c;
        c = a.Start.CompareTo(b.Start);
        // The same span proposed twice: the proposal that already carries a canonical name (a user's recogniser
        // that knows its company) wins over a bare one, so no shipped stage overwrites what a custom stage decided.
        return c != 0 ? c : (b.Canonical is not null).CompareTo(a.Canonical is not null);
    };

    public List<Entity> Resolve(Document document, List<Entity> mentions)
    {
        if (mentions.Count < 2) return mentions;
        var ordered = new List<Entity>(mentions);
        // A stable sort: candidates equal in every key keep the order the stages proposed them in.
        ordered = [.. ordered.Order(Comparer<Entity>.Create(ByPriority))];

        // One bit per character of the article: a candidate is kept when none of its characters is taken yet.
        // Linear in the total length of the candidates, so a 50 MB article with a million mentions stays fast.
        var taken = new CoveredText(document.Text.Length);
        var kept = new List<Entity>(ordered.Count);
        foreach (var candidate in ordered)
        {
            if (candidate.End <= candidate.Start || candidate.Start < 0 || candidate.End > taken.Length) continue;
            if (!taken.IsFree(candidate.Start, candidate.End)) continue;
            taken.Cover(candidate.Start, candidate.End);
            kept.Add(candidate);
        }
        return kept;
    }
}
