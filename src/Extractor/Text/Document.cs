namespace Extractor.Text;

/// <summary>An article's text with its tokens and sentences: what every recogniser reads.</summary>
public sealed class Document
{
    public Document(string text, Token[] tokens, Sentence[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public Sentence[] Sentences { get; }

    public ReadOnlySpan<char> TokenSpan(int index) => Tokens[index].Span(Text);

    public string TokenText(int index) => Tokens[index].Text(Text);

    /// <summary>True when the token's text equals <paramref name="value"/>, ignoring case.</summary>
    public bool TokenIs(int index, string value) =>
        index >= 0 && index < Tokens.Length && TokenSpan(index).Equals(value, StringComparison.OrdinalIgnoreCase);
}
