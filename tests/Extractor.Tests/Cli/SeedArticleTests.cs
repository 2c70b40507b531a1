using System.Globalization;
using Extractor.Batch;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>The article the project was created from, read from ../shared (never copied into the repo).</summary>
public class SeedArticleTests
{
    private static ArticleRecord Seed(out string text)
    {
        var seeds = RepoPaths.RequireShared("seeds");
        var file = Directory.GetFiles(seeds, "*.txt").Order().First();
        text = File.ReadAllText(file);
        return new ArticleProcessor(SpanishFinancialExtractor.LoadDefault()).Process(new ArticleInput("seed.txt", file));
    }

    private static string Describe(Entity e) => e.Type switch
    {
        EntityType.MONEY => $"MONEY {e.Text} = {e.Number?.ToString(CultureInfo.InvariantCulture)} {e.Currency ?? "null"}",
        EntityType.PERCENT or EntityType.QUANTITY => $"{e.Type} {e.Text} = {e.Number?.ToString(CultureInfo.InvariantCulture)} {e.Unit}",
        EntityType.DURATION => $"DURATION {e.Text} = {e.Iso}",
        EntityType.CHIP => $"CHIP {e.Text} = {e.Vendor}",
        _ => $"{e.Type} {e.Text}",
    };

    [SkippableFact]
    public void The_seed_article_gives_a_valid_record()
    {
        var record = Seed(out var text);
        Assert.Null(record.Error);
        Assert.Equal(text.Length, record.Chars);
        Assert.All(record.Entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
    }

    [SkippableFact]
    public void Every_amount_percentage_and_duration_of_the_seed_and_nothing_else()
    {
        var found = Seed(out _).Entities.Where(e => e.Type is EntityType.MONEY or EntityType.PERCENT or EntityType.DURATION).Select(Describe);
        Assert.Equal(new[]
        {
            "MONEY 38.000 millones = 38000000000 null",
            "PERCENT 4,00% = 4.00 %",
            "MONEY 38.000 millones de dólares = 38000000000 USD",
            "DURATION siete años = P7Y",
            "MONEY 13.000 millones de dólares = 13000000000 USD",
            "MONEY 250.000 millones de dólares = 250000000000 USD",
            "MONEY 300.000 millones de dólares = 300000000000 USD",
            "MONEY 100.000 millones de dólares = 100000000000 USD",
            "MONEY miles de millones de dólares = 1000000000 USD",
            "MONEY 11.000 millones de dólares = 11000000000 USD",
        }, found);
    }

    [SkippableFact]
    public void The_seed_quantities()
    {
        var found = Seed(out _).Entities.Where(e => e.Type == EntityType.QUANTITY).Select(Describe);
        Assert.Equal(new[]
        {
            "QUANTITY cientos de miles de GPU = 100000 GPU",
            "QUANTITY decenas de millones de CPU = 10000000 CPU",
            "QUANTITY 500.000 unidades de cómputo = 500000 unidades de cómputo",
            "QUANTITY millones de usuarios = 1000000 usuarios",
            "QUANTITY cientos de miles de chips = 100000 chips",
            "QUANTITY 10 gigavatios = 10 GW",
            "QUANTITY cientos de miles de chips = 100000 chips",
            "QUANTITY dos modelos = 2 modelos",
        }, found);
    }

    [SkippableFact]
    public void The_seed_chips_with_their_vendors_and_nothing_else()
    {
        var found = Seed(out _).Entities.Where(e => e.Type == EntityType.CHIP).Select(Describe);
        Assert.Equal(new[] { "CHIP GB200 = Nvidia", "CHIP GB300 = Nvidia", "CHIP Trainium2 = Amazon", "CHIP Blackwell = Nvidia", "CHIP Trainium = Amazon" }, found);
    }
}
