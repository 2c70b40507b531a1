namespace Extractor.Text;

/// <summary>An article's text with its tokens and sentences: what every recogniser reads.</summary>
public sealed class Document
{
    /// <summary>A document over <paramref name="text"/>; tokens and sentences must be sorted offsets into it.</summary>
    public Document(string text, Token[] tokens, Sentence[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        LowerText = text.ToLowerInvariant();
    }

    /// <summary>The article text; every offset refers to it (UTF-16 code units).</summary>
    public string Text { get; }

    /// <summary>
    /// The text in lower case, same length and offsets (.NET's invariant lower-casing maps char to char): lexicon
    /// look-ups read it instead of lower-casing each token again for every table.
    /// </summary>
    public string LowerText { get; }

    /// <summary>Token <paramref name="index"/> in lower case.</summary>
    public ReadOnlySpan<char> LowerTokenSpan(int index) => Tokens[index].Span(LowerText);

    /// <summary>The tokens, in text order.</summary>
    public Token[] Tokens { get; }

    /// <summary>The sentences, in text order; every token belongs to one.</summary>
    public Sentence[] Sentences { get; }

    /// <summary>Token <paramref name="index"/> as written, without allocating.</summary>
    public ReadOnlySpan<char> TokenSpan(int index) => Tokens[index].Span(Text);

    /// <summary>Token <paramref name="index"/> as a new string.</summary>
    public string TokenText(int index) => Tokens[index].Text(Text);

    /// <summary>True when the token's text equals <paramref name="value"/>, ignoring case.</summary>
    public bool TokenIs(int index, string value) =>
        index >= 0 && index < Tokens.Length && TokenSpan(index).Equals(value, StringComparison.OrdinalIgnoreCase);
}
