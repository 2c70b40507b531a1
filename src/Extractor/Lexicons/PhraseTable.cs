using System.Collections.Frozen;
using Extractor.Text;

namespace Extractor.Lexicons;

/// <summary>
/// Multi-word lexicon entries matched against tokens, longest first. An entry written all in lower case matches
/// any capitalisation ('Dólares', 'DÓLARES'); one with a capital letter matches exactly ('M' is a scale, 'm' a metre),
/// or written all in capitals as headings are ('BLACKWELL', 'NVIDIA'), when the word has at least three letters.
/// </summary>
internal sealed class PhraseTable<T>
{
    private sealed record Entry(string[] Words, bool CaseSensitive, T Value)
    {
        public string[] LowerWords { get; } = Words.Select(w => w.ToLowerInvariant()).ToArray();
    }

    private readonly FrozenDictionary<string, Entry[]> _byFirstWord;
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordFilter _filter;

    public PhraseTable(IEnumerable<(string Form, T Value)> entries)
    {
        _byFirstWord = entries
            .Select(e =>
            {
                var words = TextAnalyzer.Default.Tokenizer.Tokenize(e.Form).Select(t => t.Text(e.Form)).ToArray();
                return new Entry(words, e.Form.Any(char.IsUpper), e.Value);
            })
            .GroupBy(e => e.Words[0].ToLowerInvariant())
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray());
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new WordFilter(_byFirstWord.Keys, ignoreCase: false);
    }

    /// <summary>Whether some entry starts with this word (given in lower case): where it does not, <see cref="TryMatch"/> fails.</summary>
    public bool MayStartWith(ReadOnlySpan<char> lowerWord) => _filter.MayContain(lowerWord) && _lookup.ContainsKey(lowerWord);

    /// <summary>The first word of every entry, in lower case: what a phrase must start with.</summary>
    public IEnumerable<string> FirstWords => _byFirstWord.Keys;

    private static bool IsShouted(ReadOnlySpan<char> token)
    {
        int letters = 0;
        foreach (char c in token)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 3;
    }

    /// <summary>The longest entry starting at token <paramref name="index"/>: its value and the index after it.</summary>
    public bool TryMatch(Document document, int index, out T value, out int end)
    {
        value = default!;
        end = index;
        if (index < 0 || index >= document.Tokens.Length) return false;
        var first = document.LowerTokenSpan(index);
        if (!_filter.MayContain(first) || !_lookup.TryGetValue(first, out var candidates)) return false;
        foreach (var entry in candidates)
        {
            if (index + entry.Words.Length > document.Tokens.Length) continue;
            bool all = true;
            for (int w = 0; w < entry.Words.Length && all; w++)
            {
                var token = document.TokenSpan(index + w);
                all = entry.CaseSensitive
                    ? token.SequenceEqual(entry.Words[w]) || (IsShouted(token) && document.LowerTokenSpan(index + w).SequenceEqual(entry.LowerWords[w]))
                    : document.LowerTokenSpan(index + w).SequenceEqual(entry.LowerWords[w]);
            }
            if (!all) continue;
            value = entry.Value;
            end = index + entry.Words.Length;
            return true;
        }
        return false;
    }
}
