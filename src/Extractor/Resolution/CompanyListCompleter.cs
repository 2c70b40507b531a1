using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Resolution;

/// <summary>
/// In a list of names ('Empresas como Peloton, Thomson Reuters, Comscore y Triomics') where at least two items
/// are companies and none is anything else, the remaining capitalised items are companies too: lists in the
/// press are lists of one kind of thing.
/// </summary>
internal sealed class CompanyListCompleter : IMentionResolver
{
    public List<Entity> Resolve(Document document, List<Entity> mentions)
    {
        if (mentions.Count(m => m.Type == EntityType.COMPANY) < 2) return mentions;
        var byStart = new Dictionary<int, Entity>();
        foreach (var m in mentions) byStart.TryAdd(m.Start, m);
        // Which characters the mentions cover, built only once a list qualifies (most articles have none).
        CoveredText? covered = null;

        var added = new List<Entity>();
        var items = new List<(int First, int End, Entity? Entity)>();
        foreach (var sentence in document.Sentences)
        {
            int t = sentence.FirstToken;
            while (t < sentence.EndToken)
            {
                items.Clear();
                int k = t;
                while (k < sentence.EndToken && Item(document, k, sentence.EndToken, byStart, out var item))
                {
                    items.Add(item);
                    k = item.End;
                    if (k < sentence.EndToken && (document.TokenIs(k, ",") || IsConjunction(document, k))) { k++; continue; }
                    break;
                }
                bool endsWithConjunction = items.Count >= 3 && IsConjunction(document, items[^1].First - 1);
                if (endsWithConjunction && items.Count(i => i.Entity?.Type == EntityType.COMPANY) >= 2
                    && items.All(i => i.Entity is null || i.Entity.Type == EntityType.COMPANY))
                {
                    if (covered is null)
                    {
                        covered = new CoveredText(document.Text.Length + 1);
                        foreach (var m in mentions) covered.Cover(m.Start, m.End);
                    }
                    foreach (var (first, end, entity) in items.Where(i => i.Entity is null))
                    {
                        int start = document.Tokens[first].Start, stop = document.Tokens[end - 1].End;
                        if (!covered.IsFree(start, stop)) continue;
                        added.Add(new Entity(EntityType.COMPANY, start, stop, document.Text[start..stop]));
                    }
                }
                t = Math.Max(k, t + 1);
            }
        }
        if (added.Count == 0) return mentions;
        return [.. mentions, .. added];
    }

    private static bool IsConjunction(Document d, int k) => d.TokenIs(k, "y") || d.TokenIs(k, "e") || d.TokenIs(k, "o");

    // An item is an entity starting here, or a run of capitalised words (not the first word of the sentence).
    private static bool Item(Document d, int k, int sentenceEnd, Dictionary<int, Entity> byStart, out (int First, int End, Entity? Entity) item)
    {
        item = default;
        if (byStart.TryGetValue(d.Tokens[k].Start, out var entity))
        {
            int end = k;
            while (end < sentenceEnd && d.Tokens[end].End <= entity.End) end++;
            item = (k, end, entity);
            return true;
        }
        int e = k;
        while (e < sentenceEnd && d.Tokens[e].Kind is TokenKind.Word or TokenKind.AlphaNumeric && char.IsUpper(d.TokenSpan(e)[0])) e++;
        if (e == k || e - k > 4) return false;
        item = (k, e, null);
        return true;
    }
}
