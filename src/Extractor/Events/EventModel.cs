using Extractor.Models;

namespace Extractor.Events;

/// <summary>The two shipped event classifiers: what an anchor states, and which role an entity plays.</summary>
internal sealed class EventModel
{
    public EventModel(LinearClassifier anchors, LinearClassifier roles)
    {
        if (!anchors.Labels.SequenceEqual(EventLabels.Anchor) || !roles.Labels.SequenceEqual(EventLabels.Role))
            throw new InvalidDataException("The event model's labels are not this version's: retrain it with `extractor train events`.");
        Anchors = anchors;
        Roles = roles;
    }

    public LinearClassifier Anchors { get; }
    public LinearClassifier Roles { get; }

    public const string AnchorFile = "events/anchors.bin";
    public const string RoleFile = "events/roles.bin";

    public static EventModel LoadDefault()
    {
        using var anchors = ModelFile.Open(AnchorFile);
        using var roles = ModelFile.Open(RoleFile);
        return new EventModel(LinearClassifier.Load(anchors), LinearClassifier.Load(roles));
    }
}
