using Extractor.Lexicons;
using Extractor.Text;

namespace Extractor.Events;

/// <summary>
/// The event cue lexicon: words and phrases that signal a metric, a share move and its direction, a deal kind, a
/// sale, an investment or a status. Matched longest first on tokens, in any capitalisation.
/// </summary>
internal sealed class EventCues
{
    private readonly PhraseTable<EventCue[]> _table;

    public EventCues(IEnumerable<(string Form, EventCue Cue)> entries)
    {
        _table = new PhraseTable<EventCue[]>(entries
            .GroupBy(e => e.Form, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(e => e.Cue).Distinct().ToArray())));
    }

    public static EventCues LoadDefault() => new(LexiconFile.ReadEmbedded("event-cues.tsv")
        .Select(row => (row[0], new EventCue(Enum.Parse<CueCategory>(row[1], ignoreCase: true), row.Length > 2 ? row[2] : ""))));

    /// <summary>The cues of a document in token order; a phrase's inner words start no other cue.</summary>
    public CueMatch[] Find(Document document)
    {
        var found = new List<CueMatch>();
        for (int i = 0; i < document.Tokens.Length;)
        {
            if (_table.TryMatch(document, i, out var cues, out int end))
            {
                found.Add(new CueMatch(i, end, cues));
                i = end;
            }
            else i++;
        }
        return [.. found];
    }
}
