namespace Extractor.Text;

/// <summary>A sentence as a range of tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) and of characters.</summary>
public readonly record struct Sentence(int FirstToken, int EndToken, int Start, int End)
{
    public int TokenCount => EndToken - FirstToken;
}
