using Extractor.Pipeline;
using Extractor.Records;

namespace Extractor.Tests.Mentions;

/// <summary>Hostile text must not give absurd entities: no endless spans, no amount built on a refused figure.</summary>
public class AbsurdSpanTests
{
    private static readonly Lazy<SpanishFinancialExtractor> Extractor = new(SpanishFinancialExtractor.LoadDefault);

    [Fact]
    public void A_figure_too_long_to_be_an_amount_gives_no_money_at_all()
    {
        var entities = Extractor.Value.ExtractEntities("Ganó 123456789012345678901234567890 millones de euros.");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.MONEY);
    }

    [Fact]
    public void A_refused_figure_does_not_swallow_the_next_amount()
    {
        var entities = Extractor.Value.ExtractEntities("Ganó 123456789012345678901234567890 millones y perdió 3 millones de euros.");
        var money = Assert.Single(entities, e => e.Type == EntityType.MONEY);
        Assert.Equal("3 millones de euros", money.Text);
    }

    [Fact]
    public void A_name_repeated_into_one_endless_word_is_no_company()
    {
        // 10 MB in the report that found it; 60,000 characters here show the same bound.
        var text = string.Concat(Enumerable.Repeat("Nvidia", 10_000)) + " gana 3 millones de euros.";
        var entities = Extractor.Value.ExtractEntities(text);
        Assert.All(entities, e => Assert.InRange(e.End - e.Start, 1, SpanishFinancialExtractor.MaxEntityChars));
        Assert.Contains(entities, e => e.Type == EntityType.MONEY);
    }
}
