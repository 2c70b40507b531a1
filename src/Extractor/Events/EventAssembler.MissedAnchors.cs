using Extractor.Lexicons;
using Extractor.Records;

namespace Extractor.Events;

/// <summary>
/// Frames for figures the anchor classifier passes over although the sentence states the fact in a fixed way, and the
/// figures that state no fact of their own. Each rule looks only at the figure's own sentence and at cues next to it.
/// </summary>
internal sealed partial class EventAssembler
{
    private static List<EventFrame> WithMissedAnchors(Context context, List<EventFrame> frames)
    {
        frames = WithClientCommitments(context, frames);
        frames = WithCompanionChanges(context, frames);
        frames = WithCompanionAmounts(context, frames);
        frames = WithMetricObjects(context, frames);
        frames = WithShareMoves(context, frames);
        // A figure converted into another currency restates the one before it (EVENTS.md: the one outside the brackets).
        if (frames.Exists(f => f.Anchor.IsFigure && context.ConvertedFrom(f.Anchor.EntityId) >= 0))
            frames = frames.FindAll(f => !f.Anchor.IsFigure || context.ConvertedFrom(f.Anchor.EntityId) < 0);
        return frames;
    }

    /// <summary>
    /// The frames one rule adds: which entities already anchor a frame (by id, one look-up per candidate instead of a
    /// scan of the frames; a long article has thousands of both), and the list with the added frames, each after every
    /// frame whose anchor starts no later than its own. The caller's list stays as it was.
    /// </summary>
    private sealed class FrameAdditions(Context context, List<EventFrame> frames)
    {
        private bool[]? _framed;
        private List<EventFrame>? _added;

        private bool[] Framed => _framed ??= AnchoredEntities();

        private bool[] AnchoredEntities()
        {
            var framed = new bool[context.Analysis.Entities.Count];
            foreach (var frame in frames)
                if (frame.Anchor.EntityId >= 0 && frame.Anchor.EntityId < framed.Length) framed[frame.Anchor.EntityId] = true;
            return framed;
        }

        public bool IsFramed(int entity) => Framed[entity];

        public void Add(EventFrame frame)
        {
            Framed[frame.Anchor.EntityId] = true;
            (_added ??= []).Add(frame);
        }

        /// <summary>
        /// The frames with the added ones in anchor order: frames arrive in anchor order (EventFeatures.Anchors sorts them
        /// and every rule keeps it), so one stable sort puts each added frame after those starting no later than it.
        /// </summary>
        public List<EventFrame> Result() => _added is null ? frames : [.. frames.Concat(_added).OrderBy(f => f.Anchor.First)];
    }

    /// <summary>
    /// A money figure the anchor classifier passed over, introduced by a contract noun and followed by its client
    /// ("un encargo de 300 millones de euros por parte de X", "un pedido de … por parte de X"), states a contract:
    /// the client is the buyer and the clause's subject, its provider, the seller.
    /// </summary>
    private static List<EventFrame> WithClientCommitments(Context context, List<EventFrame> frames)
    {
        var entities = context.Analysis.Entities;
        var additions = new FrameAdditions(context, frames);
        for (int id = 0; id < entities.Count; id++)
        {
            if (entities[id].Type != EntityType.MONEY) continue;
            var (first, end) = entities.TokenRange(id);
            int sentence = entities.SentenceOf(id);
            var anchor = new EventAnchor(id, -1, first, end, sentence);
            if (!context.AfterContractNoun(anchor) || context.ClientAfter(anchor) is not { } client) continue;
            if (additions.IsFramed(id)) continue;
            var frame = new EventFrame(anchor, "DEAL.amount");
            frame.Roles.Add((entities.IdOf(client), "buyer", 1f));
            additions.Add(frame);
        }
        return additions.Result();
    }

    /// <summary>How far (tokens) a change may stand from the amount or price it goes with.</summary>
    private const int CompanionReach = 12;

    /// <summary>
    /// A percentage the anchor classifier passed over that moves beside a results amount or a share price of its sentence
    /// ("subieron un 2,1%, hasta 119,63 dólares"; "ganó 80 millones, un 12% más") is that figure's change: it gets a
    /// frame of the same type, with the figure's roles, and the join below makes one event of the two.
    /// </summary>
    private static List<EventFrame> WithCompanionChanges(Context context, List<EventFrame> frames)
    {
        var entities = context.Analysis.Entities;
        var additions = new FrameAdditions(context, frames);
        foreach (var frame in frames)
        {
            if (frame.Label is not ("RESULTS.amount" or "STOCK_MOVE.price")) continue;
            var anchor = frame.Anchor;
            foreach (int id in context.Features.EntitiesIn(anchor.Sentence))
            {
                var (first, end) = entities.TokenRange(id);
                if (entities[id].Type != EntityType.PERCENT || entities[id].Unit != "%") continue;
                if (first > anchor.End + CompanionReach || end < anchor.First - CompanionReach) continue;
                if (context.MoneyBetween(anchor, first, end) || !context.MovesNextTo(first, end, anchor.Sentence)) continue;
                if (additions.IsFramed(id)) continue;
                var change = new EventFrame(new EventAnchor(id, -1, first, end, anchor.Sentence), frame.Type + ".change");
                change.Roles.AddRange(frame.Roles);
                additions.Add(change);
            }
        }
        return additions.Result();
    }

    /// <summary>How far (tokens) after a change its amount may stand: "crecieron un 7%, hasta los 4.300 millones".</summary>
    private const int AmountAfterChange = 6;

    /// <summary>
    /// Money the anchor classifier passed over that closes a results change ("las ventas crecieron un 7%, hasta los 4.300
    /// millones de euros"): the change's amount, a frame with the change's roles.
    /// </summary>
    private static List<EventFrame> WithCompanionAmounts(Context context, List<EventFrame> frames)
    {
        var entities = context.Analysis.Entities;
        var additions = new FrameAdditions(context, frames);
        foreach (var frame in frames)
        {
            if (frame.Label != "RESULTS.change") continue;
            var anchor = frame.Anchor;
            foreach (int id in context.Features.EntitiesIn(anchor.Sentence))
            {
                var (first, end) = entities.TokenRange(id);
                if (first < anchor.End) continue;
                if (first > anchor.End + AmountAfterChange) break;
                if (entities[id].Type == EntityType.PERCENT) break;
                if (entities[id].Type != EntityType.MONEY) continue;
                if (!additions.IsFramed(id) && context.ConvertedFrom(id) < 0)
                {
                    var amount = new EventFrame(new EventAnchor(id, -1, first, end, anchor.Sentence), "RESULTS.amount");
                    amount.Roles.AddRange(frame.Roles);
                    additions.Add(amount);
                }
                break;
            }
        }
        return additions.Result();
    }

    /// <summary>
    /// Money the anchor classifier passed over that a metric introduces ("unas ventas récord de 4.300 millones de euros",
    /// "un beneficio neto de 300 millones", "ingresos por 900 millones"): that metric's amount.
    /// </summary>
    private static List<EventFrame> WithMetricObjects(Context context, List<EventFrame> frames)
    {
        var entities = context.Analysis.Entities;
        var additions = new FrameAdditions(context, frames);
        for (int id = 0; id < entities.Count; id++)
        {
            if (entities[id].Type != EntityType.MONEY) continue;
            var (first, end) = entities.TokenRange(id);
            int sentence = entities.SentenceOf(id);
            var anchor = new EventAnchor(id, -1, first, end, sentence);
            if (!context.MetricIntroduces(anchor) || additions.IsFramed(id) || context.ConvertedFrom(id) >= 0) continue;
            additions.Add(new EventFrame(anchor, "RESULTS.amount"));
        }
        return additions.Result();
    }

    /// <summary>
    /// A percentage the classifier passed over that moves right by a direction word in a sentence about shares ("las
    /// acciones cerraron con una subida del 1,4%"): a share move, when a share word is nearer before it than any metric.
    /// </summary>
    private static List<EventFrame> WithShareMoves(Context context, List<EventFrame> frames)
    {
        var entities = context.Analysis.Entities;
        var additions = new FrameAdditions(context, frames);
        for (int id = 0; id < entities.Count; id++)
        {
            if (entities[id].Type != EntityType.PERCENT || entities[id].Unit != "%") continue;
            var (first, end) = entities.TokenRange(id);
            int sentence = entities.SentenceOf(id);
            if (!context.MovesNextTo(first, end, sentence) || !context.SharesBefore(first, sentence)) continue;
            if (additions.IsFramed(id)) continue;
            additions.Add(new EventFrame(new EventAnchor(id, -1, first, end, sentence), "STOCK_MOVE.change"));
        }
        return additions.Result();
    }

    private static readonly WordTable<bool> ShareWords = new(LexiconFile.ReadEmbedded("share-words.tsv").Select(r => (r[0], true)));

    private static readonly WordTable<bool> IndexWords =
        new(LexiconFile.ReadEmbedded("market-words.tsv").Where(r => r.Length > 1 && r[1] == "index").Select(r => (r[0], true)));
}
