using Extractor.Records;
using Newtonsoft.Json;

namespace Extractor.Corpus;

/// <summary>The gold annotation of one corpus article, as stored in NNN.json beside NNN.txt.</summary>
public sealed record GoldArticle
{
    [JsonProperty("id", Order = 1)] public required string Id { get; init; }
    [JsonProperty("entities", Order = 2)] public required IReadOnlyList<Entity> Entities { get; init; }
}
