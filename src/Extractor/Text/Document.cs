namespace Extractor.Text;

/// <summary>An article's text with its tokens and sentences: what every recogniser reads.</summary>
public sealed class Document
{
    public Document(string text, Token[] tokens, Sentence[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        LowerText = text.ToLowerInvariant();
    }

    public string Text { get; }

    /// <summary>
    /// The text in lower case, same length and offsets (.NET's invariant lower-casing maps char to char): lexicon
    /// look-ups read it instead of lower-casing each token again for every table.
    /// </summary>
    public string LowerText { get; }

    public ReadOnlySpan<char> LowerTokenSpan(int index) => Tokens[index].Span(LowerText);
    public Token[] Tokens { get; }
    public Sentence[] Sentences { get; }

    public ReadOnlySpan<char> TokenSpan(int index) => Tokens[index].Span(Text);

    public string TokenText(int index) => Tokens[index].Text(Text);

    /// <summary>True when the token's text equals <paramref name="value"/>, ignoring case.</summary>
    public bool TokenIs(int index, string value) =>
        index >= 0 && index < Tokens.Length && TokenSpan(index).Equals(value, StringComparison.OrdinalIgnoreCase);
}
