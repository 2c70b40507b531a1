using Extractor.Evaluation;
using Extractor.Events;
using Extractor.Records;

namespace Extractor.Tests.Events;

public class EventEvaluatorTests
{
    private static Entity Company(string name) => new(EntityType.COMPANY, 0, name.Length, name) { Canonical = name };
    private static EventFigure Money(decimal value, string? currency) => new(value, currency, null);
    private static EventFigure Percent(decimal value) => new(value, null, null);

    private static readonly ArticleEvent Deal = new(EventType.DEAL)
    {
        Kind = "contract", Status = "agreed", Buyer = Company("OpenAI"), Seller = Company("Amazon Web Services"),
        Amount = Money(38_000_000_000m, "USD"), Duration = new Entity(EntityType.DURATION, 0, 1, "siete años") { Iso = "P7Y" },
    };

    [Fact]
    public void Money_within_half_a_percent_and_the_same_currency_is_the_same_fact()
    {
        var evaluator = new EventEvaluator();
        evaluator.Add("a", [Deal], [Deal with { Amount = Money(38_150_000_000m, "USD") }]);
        var all = evaluator.ByType().Single(t => t.Type == "all");
        Assert.Equal(new PrecisionRecall(1, 1, 1), all.Events);
        Assert.Equal(6, all.Facts.Correct);
    }

    [Fact]
    public void A_different_currency_breaks_the_core_but_keeps_the_other_facts()
    {
        var evaluator = new EventEvaluator();
        evaluator.Add("a", [Deal], [Deal with { Amount = Money(38_000_000_000m, "EUR") }]);
        var all = evaluator.ByType().Single(t => t.Type == "all");
        Assert.Equal(0, all.Events.Correct);
        Assert.Equal((5, 6, 6), (all.Facts.Correct, all.Facts.Predicted, all.Facts.Gold));
        Assert.Contains(evaluator.Errors, e => e.Contains("core differs"));
    }

    [Fact]
    public void Status_and_duration_are_facts_only()
    {
        var evaluator = new EventEvaluator();
        evaluator.Add("a", [Deal], [Deal with { Status = "proposed", Duration = null }]);
        var all = evaluator.ByType().Single(t => t.Type == "all");
        Assert.Equal(1, all.Events.Correct);
        Assert.Equal(4, all.Facts.Correct);
    }

    [Fact]
    public void A_mergers_parties_are_one_set_in_either_order()
    {
        var merger = new ArticleEvent(EventType.DEAL) { Kind = "merger", Status = "agreed", Buyer = Company("Banco A"), Target = Company("Banco B") };
        var evaluator = new EventEvaluator();
        evaluator.Add("a", [merger], [merger with { Buyer = merger.Target, Target = merger.Buyer }]);
        Assert.Equal(1, evaluator.ByType().Single(t => t.Type == "all").Events.Correct);
    }

    [Fact]
    public void Periods_compare_without_case_or_a_leading_article_and_changes_within_a_hundredth()
    {
        var gold = new ArticleEvent(EventType.RESULTS)
        {
            Company = Company("Repsol"), Metric = "net_profit", Change = Percent(-12.5m),
            Period = new Entity(EntityType.DATE, 0, 1, "el tercer trimestre"),
        };
        var evaluator = new EventEvaluator();
        evaluator.Add("a", [gold], [gold with { Change = Percent(-12.504m), Period = new Entity(EntityType.DATE, 0, 1, "Tercer trimestre") }]);
        var all = evaluator.ByType().Single(t => t.Type == "all");
        Assert.Equal(new PrecisionRecall(4, 4, 4), all.Facts);
    }

    [Fact]
    public void Events_that_share_no_party_or_figure_are_not_paired()
    {
        var evaluator = new EventEvaluator();
        var move = new ArticleEvent(EventType.STOCK_MOVE) { Company = Company("Inditex"), Change = Percent(2m) };
        evaluator.Add("a", [move], [move with { Company = Company("Zara"), Change = Percent(-3m) }]);
        var stock = evaluator.ByType().Single(t => t.Type == "STOCK_MOVE");
        Assert.Equal(new PrecisionRecall(0, 1, 1), stock.Events);
        Assert.Contains(evaluator.Errors, e => e.Contains("missed STOCK_MOVE"));
        Assert.Contains(evaluator.Errors, e => e.Contains("false STOCK_MOVE"));
    }
}
