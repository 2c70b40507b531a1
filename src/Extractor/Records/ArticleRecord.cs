using Extractor.Events;
using Newtonsoft.Json;

namespace Extractor.Records;

/// <summary>The output for one article: the JSON record of SCHEMA.md.</summary>
public sealed record ArticleRecord
{
    [JsonProperty("id", Order = 1)] public required string Id { get; init; }

    /// <summary>Length of the decoded text in UTF-16 code units.</summary>
    [JsonProperty("chars", Order = 2)] public int Chars { get; init; }

    /// <summary>How the file was decoded (utf-8, utf-16le, utf-16be, windows-1252); null when it was not read.</summary>
    [JsonProperty("encoding", Order = 3)] public string? Encoding { get; init; }

    [JsonProperty("entities", Order = 4)] public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>The article's events (EVENTS.md); empty when it has none or could not be read.</summary>
    [JsonProperty("events", Order = 5)] public IReadOnlyList<ArticleEvent> Events { get; init; } = [];

    [JsonProperty("error", Order = 6, NullValueHandling = NullValueHandling.Include)] public string? Error { get; init; }

    /// <summary>The decoded text the offsets refer to; written only when asked for (<c>--include-text</c>).</summary>
    [JsonProperty("text", Order = 7, NullValueHandling = NullValueHandling.Ignore)] public string? Text { get; init; }

    /// <summary>Invalid UTF-8 sequences replaced by U+FFFD while decoding; written only when there were some.</summary>
    [JsonProperty("replaced", Order = 7, NullValueHandling = NullValueHandling.Ignore)] public int? Replaced { get; init; }

    public static ArticleRecord Failed(string id, string error, string? encoding = null) =>
        new() { Id = id, Error = error, Encoding = encoding };
}
