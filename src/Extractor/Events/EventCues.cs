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
        var forms = entries
            .GroupBy(e => e.Form, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(e => e.Cue).Distinct().ToArray()))
            .ToList();
        _table = new PhraseTable<EventCue[]>(forms);
        // Split into words as the phrase table splits them.
        _starts = new CueStarts(forms.Select(f => TextAnalyzer.Default.Tokenizer.Tokenize(f.Key).Select(t => t.Text(f.Key)).ToArray()));
    }

    // Most words of an article start no cue; this says so before the phrase table is asked.
    private readonly CueStarts _starts;

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
            // The determiner first: six short compares turn away most words before the noun's hash look-up.
            if (tokens[i].Kind != TokenKind.Word || !IsDeterminer(document.LowerTokenSpan(i - 1))) continue;
            if (nouns.Contains(document.LowerTokenSpan(i))) found.Add(i);
        }
        return found;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 5) return false;
        foreach (var d in Determiners)
            if (word.SequenceEqual(d)) return true;
        return false;
    }

    /// <summary>The cues of a document in token order; a phrase's inner words start no other cue.</summary>
    public CueMatch[] Find(Document document)
    {
        var found = new List<CueMatch>();
        var tokens = document.Tokens;
        for (int i = 0; i < tokens.Length;)
        {
            // Every cue starts with a word: numbers and punctuation need no look-up.
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation && _starts.MayStartAt(document, i)
                && _table.TryMatch(document, i, out var cues, out int end))
            {
                found.Add(new CueMatch(i, end, cues));
                i = end;
            }
            else i++;
        }
        return [.. found];
    }
}
