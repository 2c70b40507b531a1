using System.Collections.Frozen;

namespace Extractor.Lexicons;

/// <summary>Single words looked up without allocating; matching ignores case.</summary>
internal sealed class WordTable<T>
{
    private readonly FrozenDictionary<string, T> _words;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordFilter _filter;

    public WordTable(IEnumerable<(string Word, T Value)> entries)
    {
        var dictionary = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in entries) dictionary.TryAdd(word, value);
        _words = dictionary.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new WordFilter(_words.Keys, ignoreCase: true);
    }

    public IEnumerable<string> Words => _words.Keys;

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if (_filter.MayContain(word)) return _lookup.TryGetValue(word, out value!);
        value = default!;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _lookup.ContainsKey(word);
}
