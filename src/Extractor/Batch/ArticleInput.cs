namespace Extractor.Batch;

/// <summary>
/// One input to process: its record id, the file it comes from (<c>-</c> for standard input), its format and its
/// size in bytes as listed (0 when unknown), which the progress display uses for MB/s and the ETA.
/// </summary>
public sealed record ArticleInput(string Id, string Path, long Length = 0)
{
    public ArticleFormat Format => ArticleFormats.FromPath(Path);
}
