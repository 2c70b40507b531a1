using Extractor.Text;

namespace Extractor.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var document = TextAnalyzer.Default.Analyze(text);
        return document.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void Splits_at_periods_before_capitals()
    {
        Assert.Equal(new[] { "Repsol ganó más.", "Iberdrola, menos." }, Sentences("Repsol ganó más. Iberdrola, menos."));
    }

    [Fact]
    public void Does_not_split_at_decimals_or_titles()
    {
        Assert.Single(Sentences("El Sr. Galán anunció un alza del 4,5% y 1.200 empleos."));
    }

    [Fact]
    public void Splits_after_an_abbreviation_that_ends_a_sentence()
    {
        Assert.Equal(new[] { "Invertirá en EE.UU.", "La cifra es récord." }, Sentences("Invertirá en EE.UU. La cifra es récord."));
    }

    [Fact]
    public void A_closing_quote_stays_with_its_sentence_and_an_opening_one_starts_the_next()
    {
        Assert.Equal(new[] { "\"Es un gran día.\"", "\"Seguiremos\", dijo." }, Sentences("\"Es un gran día.\" \"Seguiremos\", dijo."));
        Assert.Equal(new[] { "Lo dijo Galán.", "\"Crecemos\", añadió." }, Sentences("Lo dijo Galán. \"Crecemos\", añadió."));
    }

    [Fact]
    public void A_headline_without_a_period_ends_at_its_line_break()
    {
        Assert.Equal(new[] { "Amazon sube en bolsa", "Las acciones subieron." }, Sentences("Amazon sube en bolsa\nLas acciones subieron."));
    }

    [Fact]
    public void A_lowercase_word_after_a_question_mark_continues_the_sentence()
    {
        Assert.Single(Sentences("¿Subirá la bolsa? se preguntan los analistas."));
    }
}
