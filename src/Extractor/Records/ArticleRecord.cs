using Extractor.Events;
using Newtonsoft.Json;
using Stj = System.Text.Json.Serialization;

namespace Extractor.Records;

/// <summary>
/// The output for one article: the JSON record of SCHEMA.md (docs/record-format.md). It serialises to the same
/// JSON with <see cref="RecordJson"/>, Newtonsoft.Json's <c>JsonConvert</c> and System.Text.Json's <c>JsonSerializer</c>.
/// </summary>
[Stj.JsonConverter(typeof(SystemTextJsonBridge<ArticleRecord>))]
public sealed record ArticleRecord
{
    /// <summary>The article's id: its path relative to the folder processed, with <c>/</c> separators.</summary>
    [JsonProperty("id", Order = 1)] public required string Id { get; init; }

    /// <summary>Length of the decoded text in UTF-16 code units.</summary>
    [JsonProperty("chars", Order = 2)] public int Chars { get; init; }

    /// <summary>How the file was decoded (utf-8, utf-16le, utf-16be, windows-1252); null when it was not read.</summary>
    [JsonProperty("encoding", Order = 3)] public string? Encoding { get; init; }

    /// <summary>The entities, sorted by start, without overlaps.</summary>
    [JsonProperty("entities", Order = 4)] public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>The article's events (EVENTS.md); empty when it has none or could not be read.</summary>
    [JsonProperty("events", Order = 5)] public IReadOnlyList<ArticleEvent> Events { get; init; } = [];

    /// <summary>Why the article could not be processed (binary, unreadable, too large); null when it was.</summary>
    [JsonProperty("error", Order = 6, NullValueHandling = NullValueHandling.Include)] public string? Error { get; init; }

    /// <summary>The decoded text the offsets refer to; written only when asked for (<c>--include-text</c>).</summary>
    [JsonProperty("text", Order = 7, NullValueHandling = NullValueHandling.Ignore)] public string? Text { get; init; }

    /// <summary>Invalid UTF-8 sequences replaced by U+FFFD while decoding; written only when there were some.</summary>
    [JsonProperty("replaced", Order = 7, NullValueHandling = NullValueHandling.Ignore)] public int? Replaced { get; init; }

    /// <summary>The record of an article that could not be processed: no entities, <see cref="Error"/> set.</summary>
    public static ArticleRecord Failed(string id, string error, string? encoding = null) =>
        new() { Id = id, Error = error, Encoding = encoding };
}
