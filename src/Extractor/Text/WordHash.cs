namespace Extractor.Text;

/// <summary>
/// FNV-1a over a word's characters as written: the quick 32-bit hash that the per-word tables and filters probe
/// with (the name model's word types, the event cues' start bits). Not stable across versions of this code and not
/// a model feature hash (<c>StableHash</c> is).
/// </summary>
internal static class WordHash
{
    public static uint Of(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261u;
        foreach (char c in word) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
