using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Tests.Pipeline;

public class ArticleAnalysisTests
{
    private static readonly SpanishFinancialExtractor Extractor = SpanishFinancialExtractor.LoadDefault();

    private const string Article =
        "Repsol ganó 1.200 millones de euros en el tercer trimestre. Su presidente, Antonio Brufau, lo celebró.\n\n" +
        "Nvidia venderá chips H200 a Telefónica durante tres años.";

    [Fact]
    public void Every_entity_knows_its_id_tokens_sentence_and_stage()
    {
        var analysis = Extractor.Analyze(Article);
        var table = analysis.Entities;
        Assert.NotEmpty(table);
        for (int id = 0; id < table.Count; id++)
        {
            var entity = table[id];
            Assert.Equal(id, table.IdOf(entity));
            var (first, end) = table.TokenRange(id);
            Assert.Equal(entity.Start, analysis.Document.Tokens[first].Start);
            Assert.Equal(entity.End, analysis.Document.Tokens[end - 1].End);
            var sentence = analysis.Document.Sentences[table.SentenceOf(id)];
            Assert.InRange(entity.Start, sentence.Start, sentence.End);
            Assert.NotNull(table.StageOf(id));
        }
        var money = table.Single(e => e.Type == EntityType.MONEY);
        Assert.Equal("amounts", table.StageOf(table.IdOf(money)));
        Assert.Equal(0, table.SentenceOf(table.IdOf(money)));
        var chip = table.Single(e => e.Type == EntityType.CHIP);
        Assert.Equal("chips", table.StageOf(table.IdOf(chip)));
        Assert.Equal(2, table.SentenceOf(table.IdOf(chip)));
    }

    [Fact]
    public void The_record_is_a_writer_over_the_analysis()
    {
        var analysis = Extractor.Analyze(Article);
        var record = Extractor.Extract(Article, "a.txt");
        Assert.Equal(RecordJson.ToJsonLine(analysis.ToRecord("a.txt")), RecordJson.ToJsonLine(record));
        Assert.Equal(Article.Length, record.Chars);
        Assert.Equal(analysis.Entities.Count, record.Entities.Count);
    }

    [Fact]
    public void The_stage_name_is_not_written_to_the_record()
    {
        var line = RecordJson.ToJsonLine(Extractor.Extract(Article, "a.txt"));
        Assert.DoesNotContain("\"stage\"", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("amounts", line);
    }

    [Fact]
    public void The_shipped_stages_run_in_their_named_order()
    {
        Assert.Equal(["amounts", "durations", "dates", "chips", "names", "overlaps", "company-lists", "canonical-names"],
            Extractor.Stages.Select(s => s.Name).Take(8));
    }

    [Fact]
    public void A_stage_is_placed_by_name_and_runs_where_placed()
    {
        var builder = ExtractorBuilder.CreateDefault()
            .InsertBefore("overlaps", PipelineStage.Recognizer("shout", new WordRecognizer("REPSOL")))
            .Remove("names");
        var extractor = builder.Build();
        Assert.Equal(extractor.Stages.Select(s => s.Name).ToList().IndexOf("overlaps") - 1,
            extractor.Stages.Select(s => s.Name).ToList().IndexOf("shout"));
        var table = extractor.Analyze("Compra de REPSOL por 3 millones de euros.").Entities;
        var company = Assert.Single(table, e => e.Type == EntityType.COMPANY);
        Assert.Equal("shout", table.StageOf(table.IdOf(company)));
    }

    [Fact]
    public void Phases_run_in_order_whatever_the_list_says()
    {
        var builder = new ExtractorBuilder()
            .Add(PipelineStage.Resolver("drop-all", new DropAll()))
            .Add(PipelineStage.Recognizer("word", new WordRecognizer("Repsol")));
        Assert.Empty(builder.Build().ExtractEntities("Repsol sube."));
    }

    [Fact]
    public void Unknown_and_duplicate_stage_names_are_refused_with_the_list_of_names()
    {
        var builder = ExtractorBuilder.CreateDefault();
        var unknown = Assert.Throws<ArgumentException>(() => builder.Remove("nombres"));
        Assert.Contains("amounts", unknown.Message);
        Assert.Throws<ArgumentException>(() => builder.Add(PipelineStage.Recognizer("amounts", new WordRecognizer("x"))));
        builder.Replace("names", PipelineStage.Recognizer("names", new WordRecognizer("Repsol")));
        Assert.Contains(builder.Stages, s => s.Name == "names" && s.Implementation is WordRecognizer);
    }

    private sealed class WordRecognizer(string word) : IMentionRecognizer
    {
        public void Recognize(Document document, List<Entity> mentions)
        {
            for (int i = 0; i < document.Tokens.Length; i++)
                if (document.TokenSpan(i).SequenceEqual(word))
                    mentions.Add(new Entity(EntityType.COMPANY, document.Tokens[i].Start, document.Tokens[i].End, word));
        }
    }

    private sealed class DropAll : IMentionResolver
    {
        public List<Entity> Resolve(Document document, List<Entity> mentions) => [];
    }
}
