namespace Extractor.Events;

/// <summary>
/// Where an event may be stated: a figure (a MONEY or PERCENT entity, by id) or a deal word that needs no figure
/// (an acquisition or merger cue). Tokens [First, End) in sentence <see cref="Sentence"/>.
/// </summary>
internal readonly record struct EventAnchor(int EntityId, int CueIndex, int First, int End, int Sentence)
{
    public bool IsFigure => EntityId >= 0;
}
