namespace Extractor.Text;

/// <summary>
/// A token is a view over the source text: a start offset, a length and a kind. It holds no string,
/// so tokenizing allocates one array and nothing per token.
/// </summary>
/// <param name="Start">Offset of the first character (UTF-16).</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Kind">What the token is made of.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The token in <paramref name="source"/>, without allocating.</summary>
    public ReadOnlySpan<char> Span(string source) => source.AsSpan(Start, Length);

    /// <summary>The token in <paramref name="source"/> as a new string.</summary>
    public string Text(string source) => source.Substring(Start, Length);
}
