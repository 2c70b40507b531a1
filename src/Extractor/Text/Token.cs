namespace Extractor.Text;

/// <summary>
/// A token is a view over the source text: a start offset, a length and a kind. It holds no string,
/// so tokenizing allocates one array and nothing per token.
/// </summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Span(string source) => source.AsSpan(Start, Length);

    public string Text(string source) => source.Substring(Start, Length);
}
