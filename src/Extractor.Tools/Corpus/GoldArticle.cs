using Extractor.Events;
using Extractor.Records;
using Newtonsoft.Json;

namespace Extractor.Corpus;

/// <summary>The gold annotation of one corpus article, as stored in NNN.json beside NNN.txt.</summary>
public sealed record GoldArticle
{
    [JsonProperty("id", Order = 1)] public required string Id { get; init; }
    [JsonProperty("entities", Order = 2)] public required IReadOnlyList<Entity> Entities { get; init; }

    /// <summary>The article's events in the record's shape; empty for an article whose events were not annotated.</summary>
    [JsonProperty("events", Order = 3)] public IReadOnlyList<ArticleEvent> Events { get; init; } = [];
}
