namespace Extractor.Batch;

/// <summary>One article to process: its record id and the file it comes from.</summary>
public sealed record ArticleInput(string Id, string Path);
