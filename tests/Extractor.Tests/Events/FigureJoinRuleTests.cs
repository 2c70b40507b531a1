using Extractor.Pipeline;

namespace Extractor.Tests.Events;

/// <summary>How the figures of one sentence make one fact: a Spanish phrase of our own in, the event out.</summary>
public class FigureJoinRuleTests
{
    private static readonly SpanishFinancialExtractor Extractor = SpanishFinancialExtractor.LoadDefault();

    private static List<string> Events(string text) =>
        Extractor.Extract(text, "t.txt").Events.Select(EventExtractionTests.Describe).ToList();

    [Fact]
    public void A_move_before_a_share_price_is_the_price_s_change()
    {
        var events = Events("Las acciones de Ebro Foods subieron ayer un 2,3 %, hasta 18,40 euros.");
        Assert.Contains("STOCK_MOVE company=Ebro Foods change=2.3 price=18.4 EUR period=ayer", events);
    }

    [Fact]
    public void A_move_after_a_closing_price_is_the_price_s_change()
    {
        var events = Events("Ferrovial cerró a 41,20 euros, con una subida del 1,8 %.");
        Assert.Contains("STOCK_MOVE company=Ferrovial change=1.8 price=41.2 EUR", events);
    }

    [Fact]
    public void A_change_joins_the_amount_of_its_own_metric_not_the_sentence_s_first()
    {
        var events = Events("En 2024 Ebro Foods facturó 3.100 millones de euros, un 5% más, pero su beneficio neto cayó un 12%, hasta 210 millones de euros.");
        Assert.Contains("RESULTS company=Ebro Foods metric=revenue amount=3100000000 EUR change=5 period=2024", events);
        Assert.Contains("RESULTS company=Ebro Foods metric=net_profit amount=210000000 EUR change=-12 period=2024", events);
        Assert.Equal(2, events.Count(e => e.StartsWith("RESULTS", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_figure_converted_into_another_currency_states_no_fact_of_its_own()
    {
        var events = Events("Volvo ganó 9.800 millones de coronas suecas, unos 860 millones de euros, un 7 % más que un año antes.");
        Assert.Equal(["RESULTS company=Volvo metric=net_profit amount=9800000000 SEK change=7"], events);
    }

    [Fact]
    public void A_later_change_a_point_or_more_away_does_not_replace_the_first_as_a_more_precise_one()
    {
        var events = Events("En la Bolsa de Madrid, Ebro Foods cayó un 11% en la sesión. Más tarde, en la Bolsa de Madrid, Ebro Foods cayó un 6,45% en la sesión.");
        Assert.Equal(["STOCK_MOVE company=Ebro Foods change=-11"], events);
    }

    [Fact]
    public void Money_that_closes_a_change_is_its_amount()
    {
        var events = Events("Las ventas de Puig crecieron un 7%, hasta los 4.300 millones de euros.");
        Assert.Contains("RESULTS company=Puig metric=revenue amount=4300000000 EUR change=7", events);
    }

    [Fact]
    public void Money_a_metric_introduces_is_that_metric_s_amount()
    {
        var events = Events("Puig registró en 2024 unas ventas récord de 4.300 millones de euros.");
        Assert.Contains(events, e => e.StartsWith("RESULTS company=Puig metric=revenue amount=4300000000 EUR", StringComparison.Ordinal));
    }

    [Fact]
    public void A_move_in_a_sentence_about_the_shares_is_a_share_move_of_the_article_s_company()
    {
        var events = Events("Ebro Foods presentó ayer su nuevo plan estratégico. Las acciones llegaron a subir un 4,4% en la apertura.");
        Assert.Contains("STOCK_MOVE company=Ebro Foods change=4.4", events);
    }

    [Fact]
    public void A_move_of_an_index_of_shares_is_no_share_move()
    {
        var events = Events("Ebro Foods presentó ayer su nuevo plan estratégico. El índice de acciones líderes se desplomó un 6,4%.");
        Assert.DoesNotContain(events, e => e.StartsWith("STOCK_MOVE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_direction_word_after_a_comma_does_not_sign_the_change_before_it()
    {
        var events = Events("Los ingresos de Ebro Foods alcanzaron 3.100 millones de euros en 2024, con un crecimiento del 4,2%, por debajo del 5% que esperaban los analistas.");
        Assert.Contains("RESULTS company=Ebro Foods metric=revenue amount=3100000000 EUR change=4.2 period=2024", events);
    }

    [Fact]
    public void A_results_amount_of_a_few_units_without_a_scale_word_is_a_share_price()
    {
        var events = Events("Ebro Foods ganó un 2,47%, hasta 12,85 euros, apoyada en el alza de sus ventas.");
        Assert.Equal(["STOCK_MOVE company=Ebro Foods change=2.47 price=12.85 EUR"], events);
    }

    [Fact]
    public void The_infinitive_facturar_names_revenue_even_where_a_loss_follows()
    {
        var events = Events("Inditex presentó sus cuentas. La compañía llegó a facturar 240 millones de euros en Chile en 2022, aunque con pérdidas.");
        Assert.Contains("RESULTS company=Inditex metric=revenue amount=240000000 EUR period=2022", events);
    }

    [Fact]
    public void Spending_told_in_the_headline_and_the_body_by_a_group_name_and_its_unit_s_is_one_investment()
    {
        var events = Events("Hitachi Energy invertirá 300 millones en Córdoba\n\nEl grupo japonés Hitachi invertirá 300 millones de euros en su fábrica de transformadores de Córdoba, según anunció ayer.");
        Assert.Equal(["INVESTMENT status=agreed company=Hitachi Energy amount=300000000 EUR"], events);
    }

    [Fact]
    public void A_result_told_by_a_group_name_and_its_unit_s_in_headline_and_body_is_one_result()
    {
        var events = Events("Hitachi Energy gana 300 millones en 2024\n\nEl grupo japonés Hitachi obtuvo un beneficio neto de 300 millones de euros en 2024, según anunció ayer.");
        Assert.Equal(["RESULTS company=Hitachi Energy metric=net_profit amount=300000000 EUR period=2024"], events);
    }
}
