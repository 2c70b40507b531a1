using Extractor.Batch;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>The article the project was created from runs through the whole path (read from ../shared, never copied).</summary>
public class SeedArticleTests
{
    [SkippableFact]
    public void The_seed_article_gives_a_valid_record()
    {
        var seeds = RepoPaths.RequireShared("seeds");
        var file = Directory.GetFiles(seeds, "*.txt").Order().First();
        var record = new ArticleProcessor(SpanishFinancialExtractor.LoadDefault()).Process(new ArticleInput("seed.txt", file));
        Assert.Null(record.Error);
        var text = File.ReadAllText(file);
        Assert.Equal(text.Length, record.Chars);
        Assert.All(record.Entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
    }
}
