using Extractor.Pipeline;
using Extractor.Records;

namespace Extractor.Tests.Api;

/// <summary>
/// With a reference date (the day the article was published), DATE entities that count from it get a value.
/// 2026-12-04 is a Friday.
/// </summary>
public class RelativeDateTests
{
    private static readonly SpanishFinancialExtractor Friday =
        SpanishFinancialExtractor.Create(new ExtractorOptions { ReferenceDate = new DateOnly(2026, 12, 4) });

    [Theory]
    [InlineData("La junta se reunió el pasado jueves.", "el pasado jueves", "2026-12-03")]
    [InlineData("La junta se reunió el jueves pasado.", "el jueves pasado", "2026-12-03")]
    [InlineData("La junta se reunió el pasado viernes.", "el pasado viernes", "2026-11-27")]
    [InlineData("Las acciones cayeron el lunes.", "el lunes", "2026-11-30")]
    [InlineData("Las acciones cayeron este viernes.", "este viernes", "2026-12-04")]
    [InlineData("El consejo votará el próximo martes.", "el próximo martes", "2026-12-08")]
    [InlineData("Ayer cerró la operación.", "Ayer", "2026-12-03")]
    [InlineData("La compra se anunció hoy.", "hoy", "2026-12-04")]
    [InlineData("Anteayer cerró la operación.", "Anteayer", "2026-12-02")]
    [InlineData("Las ventas crecieron el año pasado.", "el año pasado", "2025")]
    [InlineData("Las ventas crecerán este año.", "este año", "2026")]
    [InlineData("Las ventas crecerán el próximo año.", "el próximo año", "2027")]
    [InlineData("Las ventas cayeron el trimestre anterior.", "el trimestre anterior", "2026-Q3")]
    [InlineData("Las ventas cayeron el mes pasado.", "el mes pasado", "2026-11")]
    [InlineData("La oferta vence el 15 de marzo.", "el 15 de marzo", "2026-03-15")]
    public void A_relative_date_gets_its_value_from_the_reference_date(string sentence, string span, string value)
    {
        var date = Assert.Single(Friday.ExtractEntities(sentence), e => e.Type == EntityType.DATE);
        Assert.Equal(span, date.Text);
        Assert.Equal(value, date.Value);
    }

    [Fact]
    public void Without_a_reference_date_relative_dates_have_no_value()
    {
        var date = Assert.Single(SpanishFinancialExtractor.LoadDefault().ExtractEntities("La junta se reunió el pasado jueves."), e => e.Type == EntityType.DATE);
        Assert.Null(date.Value);
        Assert.DoesNotContain("\"value\"", RecordJson.ToJsonLine(new ArticleRecord { Id = "a", Entities = [date] }));
    }

    [Fact]
    public void Dates_that_resolve_alone_and_vague_periods_keep_what_they_had()
    {
        var entities = Friday.ExtractEntities("Ganó más en el primer trimestre de 2025 que a finales de año.");
        Assert.Equal("2025-Q1", Assert.Single(entities, e => e.Text.Contains("2025")).Value);
        Assert.Null(Assert.Single(entities, e => e.Text.Contains("finales")).Value);
    }
}
