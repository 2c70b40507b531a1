using System.Collections.Frozen;
using Extractor.Lexicons;

namespace Extractor.Text;

/// <summary>Abbreviations that keep their final dot, from <c>Lexicons/abbreviations.tsv</c>.</summary>
internal sealed class Abbreviations
{
    private readonly FrozenDictionary<string, bool> _isTitle;
    private readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Abbreviations(IEnumerable<(string Abbreviation, bool IsTitle)> entries)
    {
        _isTitle = entries.ToFrozenDictionary(e => e.Abbreviation, e => e.IsTitle, StringComparer.Ordinal);
        _lookup = _isTitle.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Abbreviations LoadDefault() =>
        new(LexiconFile.ReadEmbedded("abbreviations.tsv").Select(r => (r[0], r.Length > 1 && r[1] == "title")));

    /// <summary>True when <paramref name="withDot"/> (text including its final dot) is a known abbreviation.</summary>
    public bool Contains(ReadOnlySpan<char> withDot) => _lookup.ContainsKey(withDot);

    /// <summary>Titles such as <c>Sr.</c> precede a name and so never end a sentence.</summary>
    public bool IsTitle(ReadOnlySpan<char> withDot) => _lookup.TryGetValue(withDot, out var title) && title;
}
