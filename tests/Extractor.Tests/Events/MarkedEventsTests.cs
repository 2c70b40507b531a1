using Extractor.Corpus;
using Extractor.Events;

namespace Extractor.Tests.Events;

public class MarkedEventsTests
{
    private const string Article =
        "[Ferrovial]{COMPANY} ganó [300 millones de euros]{MONEY value=300000000 currency=EUR} en [el tercer trimestre]{DATE}, " +
        "un [12%]{PERCENT value=12 unit=%} más. Sus acciones cayeron un [2%]{PERCENT value=2 unit=%}.\n" +
        "[Grupo Vértice Andino]{COMPANY canonical=\"Vértice Andino\"} compró [Cobre del Sur]{COMPANY} por [95 millones de dólares]{MONEY value=95000000 currency=USD}.\n";

    private static (string Text, List<ArticleEvent> Events, List<string> Problems) Parse(string events)
    {
        var problems = new List<string>();
        var (text, _, parsed) = MarkedArticle.ParseWithEvents(Article + "\n%% events\n" + events, problems);
        return (text, parsed, problems);
    }

    [Fact]
    public void The_events_block_leaves_the_article_text_as_it_was()
    {
        var (text, _, _) = Parse("");
        Assert.Equal(MarkedArticle.Parse(Article).Text, text);
        Assert.EndsWith("dólares.\n", text);
    }

    [Fact]
    public void Slots_name_entity_marks_and_take_their_normalised_values()
    {
        var (text, events, problems) = Parse(
            "RESULTS company=\"Ferrovial\" metric=net_profit amount=\"300 millones de euros\" change=\"12%\" period=\"el tercer trimestre\"\n" +
            "STOCK_MOVE company=\"Ferrovial\" change=\"-2%\"\n" +
            "DEAL kind=acquisition status=completed buyer=\"Grupo Vértice Andino\" target=\"Cobre del Sur\" amount=\"95 millones de dólares\"\n");
        Assert.Empty(problems);
        Assert.Equal(3, events.Count);
        var results = events[0];
        Assert.Equal(("Ferrovial", "net_profit", 300_000_000m, "EUR", 12m, "el tercer trimestre"),
            (ArticleEvent.NameOf(results.Company), results.Metric, results.Amount!.Value, results.Amount.Currency, results.Change!.Value, results.Period!.Text));
        Assert.Equal(-2m, events[1].Change!.Value);
        Assert.Equal("Vértice Andino", ArticleEvent.NameOf(events[2].Buyer));
        // The evidence is the sentence of the main figure.
        Assert.StartsWith("Grupo Vértice Andino compró", text[events[2].EvidenceStart..events[2].EvidenceEnd]);
    }

    [Fact]
    public void A_numbered_reference_picks_a_later_occurrence()
    {
        var (text, events, problems) = Parse("STOCK_MOVE company=\"Ferrovial\" change=\"-2%#1\"\n");
        Assert.Empty(problems);
        Assert.StartsWith("Sus acciones cayeron", text[events[0].EvidenceStart..events[0].EvidenceEnd]);
    }

    [Theory]
    [InlineData("STOCK_MOVE company=\"Iberdrola\" change=\"-2%\"", "no entity mark 'Iberdrola'")]
    [InlineData("STOCK_MOVE company=\"300 millones de euros\" change=\"-2%\"", "is a MONEY, not a COMPANY")]
    [InlineData("RESULTS company=\"Ferrovial\" amount=\"300 millones de euros\"", "RESULTS needs metric")]
    [InlineData("DEAL kind=takeover status=agreed buyer=\"Ferrovial\" target=\"Cobre del Sur\"", "kind 'takeover' is not one of")]
    [InlineData("RUMOUR company=\"Ferrovial\"", "unknown event type 'RUMOUR'")]
    [InlineData("STOCK_MOVE company=\"Ferrovial\" kind=stake change=\"2%\"", "STOCK_MOVE has no slot 'kind'")]
    public void A_line_that_breaks_the_guide_is_refused_with_its_reason(string line, string reason)
    {
        var (_, events, problems) = Parse(line + "\n");
        Assert.Empty(events);
        Assert.Contains(problems, p => p.Contains(reason, StringComparison.Ordinal));
    }
}
