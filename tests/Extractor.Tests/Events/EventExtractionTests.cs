using Extractor.Events;
using Extractor.Pipeline;
using Extractor.Records;

namespace Extractor.Tests.Events;

/// <summary>Sentences of our own in, the facts EVENTS.md asks for out.</summary>
public class EventExtractionTests
{
    private static readonly SpanishFinancialExtractor Extractor = SpanishFinancialExtractor.LoadDefault();

    private static List<string> Events(string text) =>
        Extractor.Extract(text, "t.txt").Events.Select(Describe).ToList();

    internal static string Describe(ArticleEvent e)
    {
        var parts = new List<string> { e.Type.ToString() };
        void Add(string name, object? value) { if (value is not null) parts.Add($"{name}={value}"); }
        Add("kind", e.Kind);
        Add("status", e.Status);
        Add("buyer", ArticleEvent.NameOf(e.Buyer));
        Add("seller", ArticleEvent.NameOf(e.Seller));
        Add("target", ArticleEvent.NameOf(e.Target));
        Add("company", ArticleEvent.NameOf(e.Company));
        Add("metric", e.Metric);
        Add("amount", e.Amount is { } a ? FormattableString.Invariant($"{a.Value:0.##} {a.Currency ?? "null"}") : null);
        Add("stake", e.Stake?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("change", e.Change?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("price", e.Price is { } p ? FormattableString.Invariant($"{p.Value:0.##} {p.Currency ?? "null"}") : null);
        Add("duration", e.Duration?.Iso);
        Add("period", e.Period?.Text);
        if (e.Chips.Count > 0) Add("chips", string.Join("|", e.Chips.Select(c => c.Text)));
        return string.Join(" ", parts);
    }

    [Fact]
    public void A_results_sentence_gives_company_metric_amount_change_and_period()
    {
        var events = Events("Repsol ganó 1.250 millones de euros en el tercer trimestre, un 12% más que un año antes.");
        Assert.Contains("RESULTS company=Repsol metric=net_profit amount=1250000000 EUR change=12 period=el tercer trimestre", events);
    }

    [Fact]
    public void A_loss_is_a_negative_net_profit()
    {
        var events = Events("Iberia registró pérdidas de 90 millones de euros en 2024.");
        Assert.Contains(events, e => e.StartsWith("RESULTS company=Iberia metric=net_profit amount=-90000000 EUR", StringComparison.Ordinal));
    }

    [Fact]
    public void Share_moves_in_a_market_list_each_keep_their_company_and_sign()
    {
        var events = Events("En el Ibex 35, Inditex subió un 2,4%, mientras que Telefónica cayó un 1,1% y Repsol cedió un 0,6%.");
        Assert.Contains("STOCK_MOVE company=Inditex change=2.4", events);
        Assert.Contains("STOCK_MOVE company=Telefónica change=-1.1", events);
        Assert.Contains("STOCK_MOVE company=Repsol change=-0.6", events);
    }

    [Fact]
    public void Money_put_into_a_company_is_a_deal_and_spending_on_a_plant_an_investment()
    {
        var events = Events("Samsung invirtió 500 millones de dólares en Rebellions. Además, Samsung construirá una fábrica de 2.000 millones de dólares en Texas.");
        Assert.Contains(events, e => e.StartsWith("DEAL kind=investment status=completed buyer=Samsung Electronics target=Rebellions amount=500000000 USD", StringComparison.Ordinal)
                                     || e.StartsWith("DEAL kind=investment status=completed buyer=Samsung target=Rebellions amount=500000000 USD", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("INVESTMENT status=agreed company=Samsung", StringComparison.Ordinal) && e.Contains("amount=2000000000 USD"));
    }

    [Fact]
    public void An_article_without_figures_for_companies_has_no_events()
    {
        Assert.Empty(Events("El Gobierno aprobó ayer una nueva ley de vivienda. La oposición la criticó."));
    }

    [Fact]
    public void Every_event_points_to_entities_of_the_article()
    {
        var analysis = Extractor.Analyze("Iberdrola compró la eléctrica Luz del Norte por 1.100 millones de euros. Las acciones de Iberdrola subieron un 1,5%.");
        Assert.NotEmpty(analysis.Events);
        foreach (var e in analysis.Events)
        {
            foreach (var entity in new[] { e.Buyer, e.Seller, e.Target, e.Company, e.Amount?.Source, e.Change?.Source }.OfType<Entity>())
                Assert.True(analysis.Entities.IdOf(entity) >= 0, $"{entity.Text} is not in the entity table");
            Assert.InRange(e.EvidenceStart, 0, e.EvidenceEnd);
        }
    }

    [Fact]
    public void Events_round_trip_through_the_record_json()
    {
        var record = Extractor.Extract("Las acciones de Inditex subieron un 3,2% hasta 45,10 euros. Inditex compró la cadena Moda Bella por 300 millones de euros.", "a.txt");
        var line = RecordJson.ToJsonLine(record);
        var back = RecordJson.FromJsonLine(line)!;
        Assert.Equal(record.Events.Select(Describe), back.Events.Select(Describe));
        Assert.Equal(line, RecordJson.ToJsonLine(back with { Entities = record.Entities }));
    }
}
