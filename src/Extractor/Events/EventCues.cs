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
    private readonly HashSet<string> _descriptors;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _descriptorLookup;
    private static readonly string[] Determiners = ["el", "la", "este", "esta", "dicho", "dicha"];

    private readonly HashSet<string> _dealReferences;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _dealReferenceLookup;

    public EventCues(IEnumerable<(string Form, EventCue Cue)> entries, IEnumerable<string> descriptors, IEnumerable<string> dealReferences)
    {
        _dealReferences = new HashSet<string>(dealReferences, StringComparer.Ordinal);
        _dealReferenceLookup = _dealReferences.GetAlternateLookup<ReadOnlySpan<char>>();
        _descriptors = new HashSet<string>(descriptors, StringComparer.Ordinal);
        _descriptorLookup = _descriptors.GetAlternateLookup<ReadOnlySpan<char>>();
        _table = new PhraseTable<EventCue[]>(entries
            .GroupBy(e => e.Form, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(e => e.Cue).Distinct().ToArray())));
    }

    public static EventCues LoadDefault() => new(
        LexiconFile.ReadEmbedded("event-cues.tsv")
            .Select(row => (row[0], new EventCue(Enum.Parse<CueCategory>(row[1], ignoreCase: true), row.Length > 2 ? row[2] : ""))),
        LexiconFile.ReadEmbedded("company-descriptors.tsv").Select(row => row[0]),
        LexiconFile.ReadEmbedded("deal-references.tsv").Select(row => row[0]));

    /// <summary>
    /// Definite descriptions of a company ("la compañía", "el fabricante"): the token of the noun after a determiner.
    /// </summary>
    public List<int> Descriptors(Document document) => Definites(document, _descriptorLookup);

    /// <summary>Definite references to a deal ("el acuerdo", "la operación"): the token of the noun.</summary>
    public List<int> DealReferences(Document document) => Definites(document, _dealReferenceLookup);

    private static List<int> Definites(Document document, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> nouns)
    {
        var found = new List<int>();
        var tokens = document.Tokens;
        for (int i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !nouns.Contains(document.LowerTokenSpan(i))) continue;
            var before = document.LowerTokenSpan(i - 1);
            foreach (var d in Determiners)
                if (before.SequenceEqual(d)) { found.Add(i); break; }
        }
        return found;
    }

    /// <summary>The cues of a document in token order; a phrase's inner words start no other cue.</summary>
    public CueMatch[] Find(Document document)
    {
        var found = new List<CueMatch>();
        var tokens = document.Tokens;
        for (int i = 0; i < tokens.Length;)
        {
            // Every cue starts with a word: numbers and punctuation need no look-up.
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation && _table.TryMatch(document, i, out var cues, out int end))
            {
                found.Add(new CueMatch(i, end, cues));
                i = end;
            }
            else i++;
        }
        return [.. found];
    }
}
