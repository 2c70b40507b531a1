using Extractor.Pipeline;

namespace Extractor.Tests.Events;

/// <summary>The assembler's rules for who pays and who is paid in a deal: a Spanish phrase of our own in, the deal out.</summary>
public class DealRoleRuleTests
{
    private static readonly SpanishFinancialExtractor Extractor = SpanishFinancialExtractor.LoadDefault();

    private static List<string> Events(string text) =>
        Extractor.Extract(text, "t.txt").Events.Select(EventExtractionTests.Describe).ToList();

    [Fact]
    public void An_order_por_parte_de_a_client_is_a_contract_the_client_pays_to_the_subject()
    {
        var events = Events("Telefónica tuvo un buen año. Además, la operadora sumó recientemente un encargo de 900 millones de euros por parte de Iberdrola para desplegar fibra.");
        Assert.Contains("DEAL kind=contract status=agreed buyer=Iberdrola seller=Telefónica amount=900000000 EUR", events);
    }

    [Fact]
    public void The_company_after_por_parte_de_is_the_client_whatever_role_the_classifier_gave_it()
    {
        var events = Events("Telefónica obtuvo un encargo de 900 millones de euros por parte de Iberdrola para desplegar fibra en Galicia.");
        Assert.Contains("DEAL kind=contract status=agreed buyer=Iberdrola seller=Telefónica amount=900000000 EUR", events);
    }

    [Fact]
    public void The_company_a_stake_is_sold_to_is_the_buyer_and_the_one_it_is_held_in_the_target()
    {
        var events = Events("Repsol ha cerrado la venta de su participación en Naturgy a Iberdrola por 1.200 millones de euros.");
        Assert.Contains("DEAL kind=stake status=completed buyer=Iberdrola seller=Repsol target=Naturgy amount=1200000000 EUR", events);
    }

    [Fact]
    public void The_owner_of_a_business_unit_that_is_bought_is_the_seller()
    {
        var events = Events("Siemens completó la compra del negocio de turbinas de Alstom por 3.000 millones de euros.");
        Assert.Contains("DEAL kind=acquisition status=completed buyer=Siemens seller=Alstom amount=3000000000 EUR", events);
    }

    [Fact]
    public void A_provider_named_as_the_subject_of_a_contract_is_the_seller()
    {
        var events = Events("Indra firmó con Renault un contrato de 500 millones de euros para desarrollar software durante cinco años.");
        Assert.Contains("DEAL kind=contract status=agreed buyer=Renault seller=Indra amount=500000000 EUR duration=P5Y", events);
    }

    [Fact]
    public void A_plan_named_far_from_the_figure_does_not_make_a_closed_sale_proposed()
    {
        var events = Events("Para reducir deuda dentro de su plan estratégico, Repsol completó la venta de su participación en Naturgy a Iberdrola por 1.200 millones de euros.");
        Assert.Contains(events, e => e.StartsWith("DEAL kind=stake status=completed buyer=Iberdrola", StringComparison.Ordinal));
    }

    [Fact]
    public void Buying_goods_under_a_contract_is_a_contract_with_their_maker()
    {
        var events = Events("Renault firmó un contrato de cinco años para comprar baterías de LG Energy Solution por unos 2.000 millones de euros.");
        Assert.Contains("DEAL kind=contract status=agreed buyer=Renault seller=LG Energy Solution amount=2000000000 EUR duration=P5Y", events);
    }

    [Fact]
    public void An_agreement_to_buy_a_company_stays_an_acquisition()
    {
        var events = Events("Iberdrola alcanzó un acuerdo para la compra de la eléctrica Naturgy por 11.000 millones de euros.");
        Assert.Contains("DEAL kind=acquisition status=agreed buyer=Iberdrola target=Naturgy amount=11000000000 EUR", events);
    }

    [Fact]
    public void A_buyer_described_before_its_name_after_al_is_found()
    {
        var events = Events("Ebro Foods acordó vender el 30% de sus acciones al grupo alimentario francés Danone por 900 millones de euros.");
        Assert.Contains(events, e => e.StartsWith("DEAL kind=stake status=agreed buyer=Danone", StringComparison.Ordinal) && e.Contains("amount=900000000 EUR"));
    }

    [Fact]
    public void The_subject_of_a_provider_s_verb_is_paid_by_the_company_after_con()
    {
        var events = Events("Acciona se adjudicó un contrato de 95 millones de euros con Iberdrola para construir una línea eléctrica.");
        Assert.Contains("DEAL kind=contract status=agreed buyer=Iberdrola seller=Acciona amount=95000000 EUR", events);
    }

    [Fact]
    public void A_company_that_sells_part_of_its_own_capital_is_the_target()
    {
        var events = Events("Ebro Foods anunció la venta del 40% de su capital al grupo francés Danone por 900 millones de euros.");
        Assert.Contains("DEAL kind=stake status=agreed buyer=Danone target=Ebro Foods amount=900000000 EUR stake=40", events);
    }

    [Fact]
    public void A_news_agency_in_brackets_plays_no_role()
    {
        var events = Events("La operación (EFE) supone la venta del 5% de Repsol a Argentaria por 300 millones de euros.");
        Assert.DoesNotContain(events, e => e.Contains("EFE", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("DEAL kind=stake", StringComparison.Ordinal) && e.Contains("buyer=Argentaria") && e.Contains("target=Repsol"));
    }

    [Fact]
    public void The_buyer_of_one_mention_is_not_the_seller_of_the_other_when_they_are_joined()
    {
        var events = Events("Argentaria vendió el 5,2% de Repsol por 300 millones de euros, según fuentes del mercado.");
        Assert.DoesNotContain(events, e => e.Contains("buyer=Argentaria") && e.Contains("seller=Argentaria"));
    }

    [Fact]
    public void Hasta_before_a_date_sets_a_term_not_a_proposal()
    {
        var events = Events("Iberdrola invertirá 1.500 millones de euros en redes eléctricas hasta 2030.");
        Assert.Contains(events, e => e.StartsWith("INVESTMENT status=agreed company=Iberdrola amount=1500000000 EUR", StringComparison.Ordinal));
    }

    [Fact]
    public void A_committed_investment_is_agreed()
    {
        var events = Events("Iberdrola mantiene su proyecto de redes en Aragón, con una inversión comprometida de 1.500 millones de euros hasta 2030.");
        Assert.Contains(events, e => e.StartsWith("INVESTMENT status=agreed company=Iberdrola amount=1500000000 EUR", StringComparison.Ordinal));
    }
}
