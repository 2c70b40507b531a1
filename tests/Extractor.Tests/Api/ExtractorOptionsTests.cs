using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Tests.Support;
using Extractor.Text;

namespace Extractor.Tests.Api;

/// <summary>What a library user can ask of the extractor: types on and off, a model folder, argument checks, extension.</summary>
public class ExtractorOptionsTests
{
    private static readonly SpanishFinancialExtractor Default = SpanishFinancialExtractor.LoadDefault();

    private const string Article =
        "La naviera Transportes Olmedo ganó 45 millones de euros en 2025, un 12 % más. Su consejera delegada, " +
        "Marta Quiroga, firmó con Iberdrola un contrato de tres años.";

    [Fact]
    public void Types_turned_off_are_never_produced_and_their_stages_are_left_out()
    {
        var extractor = SpanishFinancialExtractor.Create(new ExtractorOptions { EntityTypes = new HashSet<EntityType> { EntityType.MONEY, EntityType.PERCENT } });
        var types = extractor.ExtractEntities(Article).Select(e => e.Type).Distinct().Order().ToArray();
        Assert.Equal([EntityType.MONEY, EntityType.PERCENT], types);
        Assert.DoesNotContain(extractor.Stages, s => s.Name is "names" or "chips" or "dates" or "durations" or "canonical-names");
    }

    [Fact]
    public void A_type_turned_off_does_not_hide_a_type_that_is_on()
    {
        // Only PERSON on: the companies the name model proposes are dropped before overlaps, the person stays.
        var people = SpanishFinancialExtractor.Create(new ExtractorOptions { EntityTypes = new HashSet<EntityType> { EntityType.PERSON } });
        var person = Assert.Single(people.ExtractEntities(Article));
        Assert.Equal("Marta Quiroga", person.Text);
    }

    [Fact]
    public void No_type_at_all_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SpanishFinancialExtractor.Create(new ExtractorOptions { EntityTypes = new HashSet<EntityType>() }));
    }

    [Fact]
    public void Null_text_is_an_argument_null_exception()
    {
        var extractor = Default;
        Assert.Throws<ArgumentNullException>(() => extractor.Extract(null!));
        Assert.Throws<ArgumentNullException>(() => extractor.Extract("Texto.", null!));
        Assert.Throws<ArgumentNullException>(() => extractor.ExtractEntities((string)null!));
        Assert.Throws<ArgumentNullException>(() => extractor.Analyze((Document)null!));
    }

    [Fact]
    public void The_id_may_be_left_out()
    {
        var record = Default.Extract("Ganó 3 millones de euros.");
        Assert.Equal("", record.Id);
        Assert.Single(record.Entities, e => e.Type == EntityType.MONEY);
    }

    [Fact]
    public void An_empty_builder_is_refused_with_a_hint_at_CreateDefault()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ExtractorBuilder().Build());
        Assert.Contains("CreateDefault", error.Message);
        // Resolvers alone find nothing either.
        Assert.Throws<InvalidOperationException>(() => new ExtractorBuilder().Add(PipelineStage.Resolver("none", new KeepAll())).Build());
    }

    [Fact]
    public void A_canonical_name_a_custom_stage_sets_survives_the_shipped_resolvers()
    {
        var extractor = ExtractorBuilder.CreateDefault()
            .InsertBefore("overlaps", PipelineStage.Recognizer("house-names", new FixedCompany("Transportes Olmedo", "Olmedo Group")))
            .Build();
        var companies = extractor.ExtractEntities(Article).Where(e => e.Type == EntityType.COMPANY).ToList();
        Assert.Equal("Olmedo Group", Assert.Single(companies, c => c.Text == "Transportes Olmedo").Canonical);
        Assert.Equal("Iberdrola", Assert.Single(companies, c => c.Text == "Iberdrola").Canonical);
    }

    [Fact]
    public void Models_and_gazetteers_load_from_a_folder_laid_out_as_train_corpus_writes_it()
    {
        using var folder = new TempFolder();
        // train corpus --out DIR writes the model files at the folder's root; a copy of the shipped ones stands in.
        foreach (var file in new[] { "companies-people.bin", "lowercase-words.tsv" })
            File.Copy(Path.Combine(RepoPaths.Root, "models", "ner", file), Path.Combine(folder.Path, file));
        var fromFolder = SpanishFinancialExtractor.Create(new ExtractorOptions { ModelDirectory = folder.Path });
        Assert.Equal(RecordJson.ToJsonLine(Default.Extract(Article, "a")), RecordJson.ToJsonLine(fromFolder.Extract(Article, "a")));
    }

    [Fact]
    public void A_gazetteer_the_folders_model_was_not_trained_with_is_refused_as_stale()
    {
        using var folder = new TempFolder();
        foreach (var file in new[] { "companies-people.bin", "lowercase-words.tsv" })
            File.Copy(Path.Combine(RepoPaths.Root, "models", "ner", file), Path.Combine(folder.Path, file));
        // The model reads gazetteer membership as a feature, so its fingerprint covers the list: retrain with it.
        folder.Write("companies.tsv", "# test gazetteer\ncanonical\taliases\tcountry\tsector\nEléctrica del Cierzo\tIberdrola\tES\tenergy\n");
        var error = Assert.Throws<InvalidDataException>(() => SpanishFinancialExtractor.Create(new ExtractorOptions { ModelDirectory = folder.Path }));
        Assert.Contains("train corpus", error.Message);
    }

    [Fact]
    public void A_model_folder_that_is_missing_or_empty_is_refused()
    {
        using var empty = new TempFolder();
        Assert.Throws<DirectoryNotFoundException>(() => SpanishFinancialExtractor.Create(new ExtractorOptions { ModelDirectory = Path.Combine(empty.Path, "nada") }));
        Assert.Throws<ArgumentException>(() => SpanishFinancialExtractor.Create(new ExtractorOptions { ModelDirectory = empty.Path }));
    }

    [Fact]
    public void The_default_options_give_the_default_extractor()
    {
        var line = RecordJson.ToJsonLine(SpanishFinancialExtractor.Create(new ExtractorOptions()).Extract(Article, "a"));
        Assert.Equal(RecordJson.ToJsonLine(Default.Extract(Article, "a")), line);
    }

    private sealed class FixedCompany(string name, string canonical) : IMentionRecognizer
    {
        public void Recognize(Document document, List<Entity> mentions)
        {
            int at = document.Text.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0) mentions.Add(new Entity(EntityType.COMPANY, at, at + name.Length, name) { Canonical = canonical });
        }
    }

    private sealed class KeepAll : IMentionResolver
    {
        public List<Entity> Resolve(Document document, List<Entity> mentions) => mentions;
    }
}
