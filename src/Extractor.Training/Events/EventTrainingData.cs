using Extractor.Corpus;
using Extractor.Events;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Training.Events;

/// <summary>
/// Turns gold articles (text, entities, events) into classifier examples: every anchor labelled with the event slot
/// it states in the gold, and for each gold-backed anchor, every entity of its sentence labelled with its role.
/// Features are computed on the gold entities, as the event stage sees the extractor's.
/// </summary>
internal static class EventTrainingData
{
    public static (List<(string, uint[])> Anchors, List<(string, uint[])> Roles) Build(IEnumerable<(string Text, GoldArticle Gold)> articles, EventCues cues)
    {
        var anchors = new List<(string, uint[])>();
        var roles = new List<(string, uint[])>();
        var buffer = new List<uint>();
        foreach (var (text, gold) in articles)
        {
            var document = TextAnalyzer.Default.Analyze(text);
            var analysis = new ArticleAnalysis(document, new EntityTable(document, [.. gold.Entities]));
            var features = new EventFeatures(analysis, cues.Find(document), () => cues.Descriptors(document));
            var entities = analysis.Entities;
            foreach (var anchor in features.Anchors())
            {
                var (label, goldEvent) = AnchorLabel(anchor, analysis, features, gold.Events);
                if (!EventRecognizer.Allowed(anchor, entities, label) && label != EventLabels.None) label = EventLabels.None;
                features.AnchorFeatures(anchor, buffer);
                anchors.Add((label, [.. buffer]));
                if (goldEvent is null || label == EventLabels.None) continue;
                foreach (int id in features.EntitiesIn(anchor.Sentence))
                {
                    if (!EventLabels.CanFillRole(entities[id].Type)) continue;
                    features.PairFeatures(anchor, label, id, buffer);
                    roles.Add((RoleOf(entities[id], goldEvent), [.. buffer]));
                }
            }
        }
        return (anchors, roles);
    }

    private static (string Label, ArticleEvent? Event) AnchorLabel(EventAnchor anchor, ArticleAnalysis analysis, EventFeatures features, IReadOnlyList<ArticleEvent> gold)
    {
        var sentenceCompanies = features.EntitiesIn(anchor.Sentence).AsEnumerable().Select(id => analysis.Entities[id])
            .Where(e => e.Type == EntityType.COMPANY).Select(e => e.Canonical ?? e.Text).ToHashSet();
        if (!anchor.IsFigure)
        {
            // A deal word is a figureless deal when a gold acquisition or merger has two parties in its sentence.
            var deal = gold.FirstOrDefault(g => g.Type == EventType.DEAL && g.Kind is "acquisition" or "merger"
                && new[] { g.Buyer, g.Seller, g.Target }.Count(p => p is not null && sentenceCompanies.Contains(ArticleEvent.NameOf(p)!)) >= 2);
            return deal is null ? (EventLabels.None, null) : ("DEAL.trigger", deal);
        }
        var figure = analysis.Entities[anchor.EntityId];
        var matches = new List<(string Label, ArticleEvent Event)>();
        foreach (var g in gold)
            foreach (var (slot, value) in new[] { ("amount", g.Amount), ("price", g.Price), ("stake", g.Stake), ("change", g.Change) })
                if (value is not null && Matches(figure, value, slot)) matches.Add(($"{g.Type}.{slot}", g));
        if (matches.Count == 0) return (EventLabels.None, null);
        // Where one figure fits several facts, the one whose company the sentence names.
        var best = matches.FirstOrDefault(m => new[] { m.Event.Buyer, m.Event.Target, m.Event.Seller, m.Event.Company }
            .Any(p => p is not null && sentenceCompanies.Contains(ArticleEvent.NameOf(p)!)));
        return best.Event is not null ? best : matches[0];
    }

    private static bool Matches(Entity figure, EventFigure value, string slot)
    {
        if (figure.Number is not { } number) return false;
        if (slot is "amount" or "price")
            return figure.Type == EntityType.MONEY && figure.Currency == value.Currency
                   && Math.Abs(number - Math.Abs(value.Value)) <= 0.005m * Math.Max(number, Math.Abs(value.Value));
        return figure.Type == EntityType.PERCENT && Math.Abs(number - Math.Abs(value.Value)) <= 0.01m;
    }

    private static string RoleOf(Entity entity, ArticleEvent g)
    {
        string? name = entity.Canonical ?? entity.Text;
        switch (entity.Type)
        {
            case EntityType.COMPANY:
                if (g.Buyer is not null && ArticleEvent.NameOf(g.Buyer) == name) return "buyer";
                if (g.Seller is not null && ArticleEvent.NameOf(g.Seller) == name) return "seller";
                if (g.Target is not null && ArticleEvent.NameOf(g.Target) == name) return "target";
                if (g.Company is not null && ArticleEvent.NameOf(g.Company) == name) return "company";
                break;
            case EntityType.DURATION when g.Duration?.Iso == entity.Iso && entity.Iso is not null:
                return "duration";
            case EntityType.DATE when g.Period is not null && g.Period.Text == entity.Text:
                return "period";
            case EntityType.CHIP when g.Chips.Any(c => c.Text == entity.Text):
                return "chips";
        }
        return EventLabels.None;
    }
}
