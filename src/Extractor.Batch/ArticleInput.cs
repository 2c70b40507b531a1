namespace Extractor.Batch;

/// <summary>One input to process: its record id and the file it comes from (<c>-</c> for standard input).</summary>
/// <param name="Id">The record id: the path relative to the folder given, with <c>/</c> separators.</param>
/// <param name="Path">The file to read, or <c>-</c>.</param>
public sealed record ArticleInput(string Id, string Path)
{
    /// <summary>How the file is read, from its extension (unknown extensions are read as text).</summary>
    public ArticleFormat Format => Error is null ? ArticleFormats.FromPath(Path) : ArticleFormat.Text;

    /// <summary>The path as bytes when its file name is not valid UTF-8 (<see cref="RawFileNames"/>); the file is opened by these.</summary>
    public byte[]? RawPath { get; init; }

    /// <summary>Set when the walk already knows this input cannot be read (a folder it could not open): its record is this error.</summary>
    public string? Error { get; init; }
}
