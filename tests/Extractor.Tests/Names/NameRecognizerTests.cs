using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Tests.Support;

namespace Extractor.Tests.Names;

public class NameRecognizerTests
{
    private static readonly SpanishFinancialExtractor Extractor = SpanishFinancialExtractor.LoadDefault();

    private static List<(string Text, string? Canonical)> Companies(string text) =>
        Extractor.ExtractEntities(text).Where(e => e.Type == EntityType.COMPANY).Select(e => (e.Text, e.Canonical)).ToList();

    [Fact]
    public void An_abbreviation_introduced_in_brackets_shares_the_canonical_name()
    {
        var found = Companies("Grupo Financiero Banorte (Banorte) ganó más. Banorte pagará dividendo.");
        Assert.All(found, c => Assert.Equal("Grupo Financiero Banorte", c.Canonical));
        Assert.Equal(3, found.Count);
    }

    [Fact]
    public void Known_aliases_resolve_through_the_gazetteer()
    {
        var found = Companies("Amazon Web Services firmó con Telefónica. AWS invertirá en Aragón.");
        Assert.Contains(("AWS", "Amazon Web Services"), found);
        Assert.Contains(("Amazon Web Services", "Amazon Web Services"), found);
        Assert.DoesNotContain(found, c => c.Canonical == "Amazon");
    }

    [Fact]
    public void Alphabet_and_Google_stay_apart()
    {
        var found = Companies("Alphabet, matriz de Google, presentó resultados. Google Cloud creció un 30%.");
        Assert.Contains(("Alphabet", "Alphabet"), found);
        Assert.Contains(("Google Cloud", "Google Cloud"), found);
    }

    [Fact]
    public void Descriptions_markets_and_products_are_not_companies()
    {
        var found = Companies("La operadora subió en Wall Street y en el Ibex 35 tras lanzar ChatGPT Enterprise en Azure.");
        Assert.Empty(found);
    }

    [Fact]
    public void Unknown_names_in_a_list_of_companies_are_companies()
    {
        var found = Companies("Entre sus clientes figuran Iberdrola, Quelvia, Endesa y Trastalia Energía.").Select(c => c.Text);
        Assert.Equal(new[] { "Iberdrola", "Quelvia", "Endesa", "Trastalia Energía" }, found);
    }

    [Fact]
    public void A_list_of_places_does_not_become_companies()
    {
        Assert.Empty(Companies("Abrirá oficinas en Madrid, Sevilla, Bilbao y Valencia."));
    }

    [Fact]
    public void A_person_and_the_surname_alone_are_people()
    {
        var people = Extractor.ExtractEntities("Ana Botín presidió la junta. Según Botín, el banco crecerá.")
            .Where(e => e.Type == EntityType.PERSON).Select(e => e.Text).ToList();
        Assert.Equal(new[] { "Ana Botín", "Botín" }, people);
    }

    [Fact]
    public void A_surname_repeated_later_is_the_same_person()
    {
        var people = Extractor.ExtractEntities("El consejero delegado, Marcos Quintanel, defendió el plan. Los analistas dudan. \"Quintanel tiene razón\", dijo un gestor.")
            .Where(e => e.Type == EntityType.PERSON).Select(e => e.Text).ToList();
        Assert.Equal(new[] { "Marcos Quintanel", "Quintanel" }, people);
    }

    /// <summary>Load time is measured by the benchmark program (LoadBenchmarks), not here: this guards the size.</summary>
    [Fact]
    public void The_shipped_models_are_small()
    {
        long bytes = Directory.GetFiles(Path.Combine(RepoPaths.Root, "models"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.True(bytes < 50L * 1024 * 1024, $"models/ holds {bytes} bytes");
    }

    [SkippableFact]
    public void The_seed_article_companies_and_people()
    {
        var seeds = RepoPaths.RequireShared("seeds");
        var text = File.ReadAllText(Directory.GetFiles(seeds, "*.txt").Order().First());
        var entities = Extractor.ExtractEntities(text);
        var companies = entities.Where(e => e.Type == EntityType.COMPANY).Select(e => e.Text).ToHashSet();
        string[] expected = ["Amazon", "Amazon Web Services", "AWS", "OpenAI", "Nvidia", "Microsoft", "Oracle", "Alphabet", "Google Cloud",
            "Broadcom", "CoreWeave", "Anthropic", "Peloton", "Thomson Reuters", "Comscore", "Triomics", "CNBC"];
        var missing = expected.Where(c => !companies.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "missed: " + string.Join(", ", missing));
        var wrong = new[] { "Wall Street", "ChatGPT", "Bedrock", "Azure", "Indiana" }.Where(companies.Contains).ToList();
        Assert.True(wrong.Count == 0, "not companies: " + string.Join(", ", wrong));
        var people = entities.Where(e => e.Type == EntityType.PERSON).Select(e => e.Text).ToHashSet();
        Assert.Contains("Sam Altman", people);
        Assert.Contains("Dave Brown", people);
        Assert.All(entities.Where(e => e.Text is "AWS"), e => Assert.Equal("Amazon Web Services", e.Canonical));
    }
}
