using Extractor.Events;
using Extractor.Pipeline;
using Extractor.Records;
using Newtonsoft.Json;
using Stj = System.Text.Json;

namespace Extractor.Tests.Api;

/// <summary>
/// Users serialise records with whatever they have: RecordJson, Newtonsoft.Json's JsonConvert or System.Text.Json.
/// All three must give the SCHEMA.md line, and read it back.
/// </summary>
public class RecordSerializationTests
{
    private static readonly SpanishFinancialExtractor Extractor = SpanishFinancialExtractor.LoadDefault();

    private const string Article =
        "Grupo Valdecañas compró el 30 % de Aceros Lumbreras por 120 millones de euros, pagaderos en cinco años. " +
        "El 2 de marzo de 2026 la acción subió un 4,5 %.";

    private static ArticleRecord RecordWithEvent()
    {
        var record = Extractor.Extract(Article, "2026/03/valdecanas.txt", "utf-8");
        var companies = record.Entities.Where(e => e.Type == EntityType.COMPANY).ToList();
        var deal = new ArticleEvent(EventType.DEAL)
        {
            Kind = "stake",
            Status = "completed",
            Buyer = companies[0],
            Target = companies[1],
            Amount = EventFigure.From(record.Entities.First(e => e.Type == EntityType.MONEY)),
            Stake = EventFigure.From(record.Entities.First(e => e.Type == EntityType.PERCENT)),
            Duration = record.Entities.First(e => e.Type == EntityType.DURATION),
        };
        return record with { Events = [deal] };
    }

    [Fact]
    public void Newtonsoft_and_System_Text_Json_write_the_record_line()
    {
        var record = RecordWithEvent();
        var line = RecordJson.ToJsonLine(record);
        Assert.Equal(line, JsonConvert.SerializeObject(record));
        Assert.Equal(line, Stj.JsonSerializer.Serialize(record));
    }

    [Fact]
    public void The_field_by_field_line_is_the_serializer_line_for_every_kind_of_record()
    {
        var withText = Extractor.Extract(Article, "a.txt") with { Text = Article, Replaced = 2, Encoding = null };
        var failed = ArticleRecord.Failed("b.bin", "binary file", "utf-8");
        var corpus = Support.CorpusCopies.TrainingArticles.Take(40).Select(f => Extractor.Extract(File.ReadAllText(f), f));
        foreach (var record in corpus.Append(RecordWithEvent()).Append(withText).Append(failed))
            Assert.Equal(JsonConvert.SerializeObject(record, RecordJson.Settings), RecordJson.ToJsonLine(record));
    }

    [Fact]
    public void The_line_has_the_schema_shape()
    {
        var line = RecordJson.ToJsonLine(RecordWithEvent());
        Assert.StartsWith("{\"id\":\"2026/03/valdecanas.txt\",\"chars\":", line);
        Assert.Contains("{\"type\":\"MONEY\",\"start\":", line);
        Assert.Contains("\"value\":120000000,\"currency\":\"EUR\"}", line);
        Assert.Contains("\"type\":\"DEAL\",\"kind\":\"stake\"", line);
        foreach (var dotnetName in new[] { "\"Type\"", "\"Number\"", "\"Iso\"", "\"Length\"", "\"Stage\"", "\"Start\"" })
            Assert.DoesNotContain(dotnetName, line);
    }

    [Fact]
    public void Entities_and_events_alone_serialise_alike()
    {
        var record = RecordWithEvent();
        foreach (var entity in record.Entities)
            Assert.Equal(JsonConvert.SerializeObject(entity), Stj.JsonSerializer.Serialize(entity));
        Assert.Equal(JsonConvert.SerializeObject(record.Events[0]), Stj.JsonSerializer.Serialize(record.Events[0]));
        Assert.Equal(JsonConvert.SerializeObject(record.Entities), Stj.JsonSerializer.Serialize(record.Entities));
    }

    [Fact]
    public void Both_libraries_read_the_line_back_to_the_same_record()
    {
        var line = RecordJson.ToJsonLine(RecordWithEvent());
        var viaStj = Stj.JsonSerializer.Deserialize<ArticleRecord>(line)!;
        var viaNewtonsoft = JsonConvert.DeserializeObject<ArticleRecord>(line)!;
        Assert.Equal(line, RecordJson.ToJsonLine(viaStj));
        Assert.Equal(line, RecordJson.ToJsonLine(viaNewtonsoft));
        Assert.Equal(120000000m, viaStj.Entities.First(e => e.Type == EntityType.MONEY).Number);
    }

    [Fact]
    public void An_error_record_keeps_error_and_leaves_text_out()
    {
        var failed = ArticleRecord.Failed("x.bin", "binary file");
        var line = RecordJson.ToJsonLine(failed);
        Assert.Equal(line, Stj.JsonSerializer.Serialize(failed));
        Assert.Contains("\"error\":\"binary file\"", line);
        Assert.DoesNotContain("\"text\"", line);
    }
}
