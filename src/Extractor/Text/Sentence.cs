namespace Extractor.Text;

/// <summary>A sentence as a range of tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) and of characters.</summary>
/// <param name="FirstToken">Index of the sentence's first token.</param>
/// <param name="EndToken">Index just past its last token.</param>
/// <param name="Start">Offset of its first character (UTF-16).</param>
/// <param name="End">Offset just past its last character.</param>
public readonly record struct Sentence(int FirstToken, int EndToken, int Start, int End)
{
    /// <summary>The number of tokens.</summary>
    public int TokenCount => EndToken - FirstToken;
}
