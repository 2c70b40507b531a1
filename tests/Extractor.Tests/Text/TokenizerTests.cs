using Extractor.Text;

namespace Extractor.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text) =>
        Tokenizer.Default.Tokenize(text).Select(t => t.Text(text)).ToArray();

    private static TokenKind KindOf(string text, string token) =>
        Tokenizer.Default.Tokenize(text).Single(t => t.Text(text) == token).Kind;

    [Theory]
    [InlineData("un acuerdo de 38.000 millones", new[] { "un", "acuerdo", "de", "38.000", "millones" })]
    [InlineData("subió un 4,00% en bolsa", new[] { "subió", "un", "4,00", "%", "en", "bolsa" })]
    [InlineData("1.234,56 euros", new[] { "1.234,56", "euros" })]
    [InlineData("1,234.56 dollars", new[] { "1,234.56", "dollars" })]
    [InlineData("200 €, 30 $ y US$ 45", new[] { "200", "€", ",", "30", "$", "y", "US$", "45" })]
    [InlineData("facturó 200 M€", new[] { "facturó", "200", "M€" })]
    public void Numbers_and_currency_signs(string text, string[] expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("en EE.UU. y", new[] { "en", "EE.UU.", "y" })]
    [InlineData("Inditex S.A. gana", new[] { "Inditex", "S.A.", "gana" })]
    [InlineData("el Sr. Pérez y la Dña. Ana", new[] { "el", "Sr.", "Pérez", "y", "la", "Dña.", "Ana" })]
    [InlineData("bancos, aseguradoras, etc. y más", new[] { "bancos", ",", "aseguradoras", ",", "etc.", "y", "más" })]
    [InlineData("el núm. 5", new[] { "el", "núm.", "5" })]
    [InlineData("p.ej. esto", new[] { "p.ej.", "esto" })]
    public void Abbreviations_keep_their_dots(string text, string[] expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("los GB200 y GB300", "GB200")]
    [InlineData("chips Trainium2 de Amazon", "Trainium2")]
    [InlineData("el MI300X de AMD", "MI300X")]
    [InlineData("la H100 de Nvidia", "H100")]
    [InlineData("un i9-13900K nuevo", "i9-13900K")]
    public void Model_names_stay_whole(string text, string model)
    {
        Assert.Contains(model, Tokens(text));
        Assert.Equal(TokenKind.AlphaNumeric, KindOf(text, model));
    }

    [Theory]
    [InlineData("véase https://example.com/a?b=1.", "https://example.com/a?b=1", TokenKind.Url)]
    [InlineData("en www.empresa.es, dijo", "www.empresa.es", TokenKind.Url)]
    [InlineData("escriba a prensa@empresa.com.", "prensa@empresa.com", TokenKind.Email)]
    [InlineData("con #resultados hoy", "#resultados", TokenKind.Hashtag)]
    [InlineData("según @Inditex ayer", "@Inditex", TokenKind.Handle)]
    public void Web_forms_stay_whole(string text, string token, TokenKind kind)
    {
        Assert.Contains(token, Tokens(text));
        Assert.Equal(kind, KindOf(text, token));
    }

    [Fact]
    public void Spanish_punctuation_is_split()
    {
        Assert.Equal(new[] { "¿", "Subirá", "?", "¡", "Sí", "!", "«", "Bien", "»", "“", "Ya", "”", "—", "dijo" },
            Tokens("¿Subirá? ¡Sí! «Bien» “Ya” —dijo"));
    }

    [Theory]
    [InlineData("del", "al", "dárselo")]
    public void Contractions_and_clitics_are_one_surface_token(params string[] words)
    {
        var text = string.Join(' ', words);
        Assert.Equal(words, Tokens(text));
    }

    [Fact]
    public void Token_kinds_are_decided_once()
    {
        const string text = "Amazon ganó 38.000 millones (4,5%) con GB200.";
        var kinds = Tokenizer.Default.Tokenize(text).Select(t => t.Kind).ToArray();
        Assert.Equal(new[]
        {
            TokenKind.Word, TokenKind.Word, TokenKind.Number, TokenKind.Word, TokenKind.Punctuation, TokenKind.Number,
            TokenKind.Symbol, TokenKind.Punctuation, TokenKind.Word, TokenKind.AlphaNumeric, TokenKind.Punctuation,
        }, kinds);
    }

    [Fact]
    public void A_number_ending_a_sentence_leaves_the_period_out()
    {
        Assert.Equal(new[] { "en", "2019", "." }, Tokens("en 2019."));
    }
}
