namespace Extractor.Mentions.Names;

/// <summary>
/// FNV-1a over a feature template and its characters. Stable across processes and machines (string.GetHashCode
/// is not), so a model trained on one machine scores the same anywhere; it reads spans and allocates nothing.
/// </summary>
internal static class StableHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static uint Start(int template) => Mix(Offset, (uint)template);

    public static uint Mix(uint hash, uint value)
    {
        hash = (hash ^ (value & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 8) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 16) & 0xFF)) * Prime;
        return (hash ^ (value >> 24)) * Prime;
    }

    public static uint Add(uint hash, ReadOnlySpan<char> text, bool lower)
    {
        foreach (char c in text)
        {
            char ch = lower ? char.ToLowerInvariant(c) : c;
            hash = (hash ^ (ch & 0xFFu)) * Prime;
            hash = (hash ^ (uint)(ch >> 8)) * Prime;
        }
        return hash;
    }

    public static uint Add(uint hash, char c) => (((hash ^ (c & 0xFFu)) * Prime) ^ (uint)(c >> 8)) * Prime;
}
