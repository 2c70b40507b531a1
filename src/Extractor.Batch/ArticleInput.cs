namespace Extractor.Batch;

/// <summary>One input to process: its record id and the file it comes from (<c>-</c> for standard input).</summary>
public sealed record ArticleInput(string Id, string Path)
{
    public ArticleFormat Format => ArticleFormats.FromPath(Path);
}
