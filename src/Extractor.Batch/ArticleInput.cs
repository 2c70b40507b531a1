namespace Extractor.Batch;

/// <summary>One input to process: its record id and the file it comes from (<c>-</c> for standard input).</summary>
/// <param name="Id">The record id: the path relative to the folder given, with <c>/</c> separators.</param>
/// <param name="Path">The file to read, or <c>-</c>.</param>
public sealed record ArticleInput(string Id, string Path)
{
    /// <summary>How the file is read, from its extension (unknown extensions are read as text).</summary>
    public ArticleFormat Format => ArticleFormats.FromPath(Path);
}
