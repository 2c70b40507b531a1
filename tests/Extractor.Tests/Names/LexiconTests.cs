using Extractor.Mentions.Names;
using Extractor.Pipeline;
using Extractor.Records;

namespace Extractor.Tests.Names;

public class LexiconTests
{
    private static readonly SpanishLexicon Lexicon = SpanishLexicon.LoadDefault();
    private static readonly SpanishFinancialExtractor Extractor = SpanishFinancialExtractor.LoadDefault();

    private static List<(EntityType Type, string Text)> Names(string text) =>
        Extractor.ExtractEntities(text).Where(e => e.Type is EntityType.COMPANY or EntityType.PERSON).Select(e => (e.Type, e.Text)).ToList();

    [Theory]
    [InlineData("Anunciado")]
    [InlineData("cotizadas")]
    [InlineData("Previsiblemente")]
    [InlineData("ADQUIRIERON")]
    [InlineData("Adaptarse")]      // an enclitic form, recognised from its verb
    [InlineData("Cómpralas")]
    public void Common_words_are_known_in_any_capitalisation(string word) => Assert.True(Lexicon.IsCommonWord(word), word);

    [Theory]
    [InlineData("Madrid")]
    [InlineData("Santander")]
    public void Place_names_are_known_only_capitalised(string word) =>
        Assert.Equal(SpanishLexicon.KnownOnlyCapitalised, Lexicon.Lookup(word) & 3);

    [Theory]
    [InlineData("Zorvanek")]
    [InlineData("Kestrelia")]
    public void Invented_names_are_unknown(string word) => Assert.Equal(0, Lexicon.Lookup(word) & 3);

    [Fact]
    public void Names_of_many_origins_are_listed_and_common_words_among_them_are_visible()
    {
        foreach (var name in new[] { "Yogesh", "Priya", "Mohammed", "Zhang", "Gonçalves", "Müller", "François" })
            Assert.True(Lexicon.PersonName(name) != 0, name);
        Assert.True((Lexicon.PersonName("Rosa") & SpanishLexicon.GivenName) != 0);
        Assert.True(Lexicon.IsCommonWord("Rosa"));        // also a common word: a weak cue
        Assert.False(Lexicon.IsCommonWord("Yogesh"));     // unknown to the dictionary: a strong one
    }

    [Fact]
    public void The_lexicon_is_compact()
    {
        Assert.InRange(Lexicon.WordCount, 650_000, 800_000);
        Assert.True(Lexicon.MemoryBytes < 12L * 1024 * 1024, $"{Lexicon.MemoryBytes} bytes");
    }

    [Fact]
    public void A_hashed_set_answers_members_only_and_merges_values()
    {
        var set = HashedWordSet.Build([("alfa", 1), ("beta", 2), ("alfa", 4)]);
        Assert.Equal(2, set.Count);
        Assert.True(set.TryGet("alfa", out byte value));
        Assert.Equal(5, value);
        Assert.False(set.Contains("gamma"));
        Assert.False(HashedWordSet.Empty.Contains("alfa"));
    }

    [Fact]
    public void A_sentence_initial_participle_is_not_a_person()
    {
        var found = Names("Confirmado el acuerdo, la junta de Repsol votará en marzo.");
        Assert.DoesNotContain(found, n => n.Type == EntityType.PERSON);
    }

    [Fact]
    public void A_legal_form_belongs_to_the_company_and_marks_an_unknown_one()
    {
        Assert.Contains((EntityType.COMPANY, "Trelvania Foods S.A.B. de C.V."), Names("La mexicana Trelvania Foods S.A.B. de C.V. emitió bonos por 300 millones de pesos."));
        Assert.Contains((EntityType.COMPANY, "Quorvex Ltda."), Names("El contrato fue adjudicado a Quorvex Ltda. el año pasado."));
    }

    [Fact]
    public void A_name_after_a_street_word_is_an_address()
    {
        var found = Names("La firma abrió su primera oficina en la calle Marta Ibáñez de Sevilla.");
        Assert.DoesNotContain(found, n => n.Type == EntityType.PERSON);
    }

    [Fact]
    public void A_group_head_word_makes_a_company_not_a_person()
    {
        var found = Names("El Grupo Velazko lanzó una opa sobre la cementera.");
        Assert.DoesNotContain(found, n => n.Type == EntityType.PERSON);
    }

    [Fact]
    public void A_model_trained_with_other_lists_is_refused_with_the_remedy()
    {
        var labels = BioLabels.ForTypes(["COMPANY", "PERSON"]);
        var stale = new LinearSequenceModel(labels, 4, new float[16 * labels.Count], new float[(labels.Count + 1) * labels.Count], "0123456789abcdef");
        var current = ModelFingerprint.Compute(ModelFingerprint.CorpusModelFiles, ["ganó"]);
        var error = Assert.Throws<InvalidDataException>(() => ModelFingerprint.Check(stale, current, "test model", NameRecognizer.RetrainCommand));
        Assert.Contains("train corpus", error.Message);
        ModelFingerprint.Check(stale.WithFingerprint(current), current, "test model", NameRecognizer.RetrainCommand);
    }

    [Fact]
    public void The_fingerprint_changes_with_the_lists()
    {
        Assert.NotEqual(ModelFingerprint.Compute(ModelFingerprint.CorpusModelFiles, ["ganó"]),
                        ModelFingerprint.Compute(ModelFingerprint.CorpusModelFiles, ["ganó", "perdió"]));
    }

    [Fact]
    public void A_saved_model_keeps_its_fingerprint()
    {
        var labels = BioLabels.ForTypes(["COMPANY"]);
        var model = new LinearSequenceModel(labels, 4, new float[16 * labels.Count], new float[(labels.Count + 1) * labels.Count], "abc123");
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        Assert.Equal("abc123", LinearSequenceModel.Load(stream).Fingerprint);
    }
}
