using Extractor.Pipeline;
using Extractor.Records;

namespace Extractor.Events;

/// <summary>
/// The event stage: finds anchors (figures and deal words), asks the anchor classifier which event slot each one
/// states, asks the role classifier which entity of the sentence plays which role, and hands the frames to the
/// assembler, which builds and merges the article's events. Immutable and thread-safe.
/// </summary>
internal sealed class EventRecognizer : IRelationStage
{
    private readonly EventCues _cues;
    private readonly EventModel _model;
    private readonly EventAssembler _assembler;

    internal EventRecognizer(EventCues cues, EventModel model, ProviderSectors providers)
    {
        _cues = cues;
        _model = model;
        _assembler = new EventAssembler(providers);
    }

    /// <summary>The stage with the shipped cue lexicon, classifiers and gazetteer sectors.</summary>
    public static EventRecognizer LoadDefault() => new(EventCues.LoadDefault(), EventModel.LoadDefault(), ProviderSectors.LoadDefault());

    /// <inheritdoc/>
    public void Run(ArticleAnalysis analysis)
    {
        var events = _assembler.Assemble(analysis, Frames(analysis, out var features), features);
        foreach (var e in _assembler.AttachToLeadDeal(analysis, events, features, () => _cues.DealReferences(analysis.Document)))
            analysis.AddEvent(e);
    }

    /// <summary>How many tokens from its anchor an entity may be to play a role (longer sentences are lists).</summary>
    internal const int RoleWindow = 40;

    internal List<EventFrame> Frames(ArticleAnalysis analysis, out EventFeatures features)
    {
        features = new EventFeatures(analysis, _cues.Find(analysis.Document), () => _cues.Descriptors(analysis.Document));
        var frames = new List<EventFrame>();
        var buffer = new List<uint>(64);
        Span<float> anchorP = stackalloc float[EventLabels.Anchor.Length];
        Span<float> roleP = stackalloc float[EventLabels.Role.Length];
        Span<bool> allowed = stackalloc bool[EventLabels.Anchor.Length];
        var entities = analysis.Entities;
        foreach (var anchor in features.Anchors())
        {
            // A figure in a sentence without a single event word states no event: no need to ask the classifier.
            if (features.CuesIn(anchor.Sentence).IsEmpty) continue;
            // Nor one that no label but none may take (a percentage in points, not %).
            bool any = false;
            for (int l = 1; l < allowed.Length; l++) any |= allowed[l] = Allowed(anchor, entities, EventLabels.Anchor[l]);
            if (!any) continue;
            features.AnchorFeatures(anchor, buffer);
            _model.Anchors.Probabilities(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer), anchorP);
            int best = 0;
            for (int l = 1; l < anchorP.Length; l++)
                if (allowed[l] && anchorP[l] > anchorP[best]) best = l;
            if (best == 0) continue;
            var frame = new EventFrame(anchor, EventLabels.Anchor[best]);
            foreach (int id in features.EntitiesIn(anchor.Sentence))
            {
                if (!EventLabels.CanFillRole(entities[id].Type) || !EventLabels.FrameTakes(frame.Type, entities[id].Type)) continue;
                // Roles lie near their figure; in a long list of moves the far end is another fact's.
                var (first, end) = entities.TokenRange(id);
                if (first > anchor.End + RoleWindow || end < anchor.First - RoleWindow) continue;
                features.PairFeatures(anchor, frame.Label, id, buffer);
                _model.Roles.Probabilities(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer), roleP);
                int role = 0;
                for (int l = 1; l < roleP.Length; l++)
                    if (EventLabels.RoleFits(entities[id].Type, l) && roleP[l] > roleP[role]) role = l;
                if (role != 0) frame.Roles.Add((id, EventLabels.Role[role], roleP[role]));
            }
            frames.Add(frame);
        }
        return frames;
    }

    /// <summary>Which anchor labels an anchor can take: money is never a change, a deal word never a figure.</summary>
    internal static bool Allowed(EventAnchor anchor, EntityTable entities, string label)
    {
        if (!anchor.IsFigure) return label == "DEAL.trigger";
        var slot = EventLabels.SlotOf(label);
        return entities[anchor.EntityId].Type switch
        {
            EntityType.MONEY => slot is "amount" or "price",
            EntityType.PERCENT => slot is "change" or "stake" && entities[anchor.EntityId].Unit == "%",
            _ => false,
        };
    }
}
