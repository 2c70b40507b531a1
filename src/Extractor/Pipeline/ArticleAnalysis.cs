using Extractor.Events;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// Everything the pipeline learned about one article: the analysed document (tokens and sentences), the final
/// entity table and the events that relate its entities. The JSON record and the HTML view are writers over it.
/// One analysis belongs to one call; the extractor that made it is shared.
/// </summary>
public sealed class ArticleAnalysis
{
    private readonly List<ArticleEvent> _events = [];

    internal ArticleAnalysis(Document document, EntityTable entities)
    {
        Document = document;
        Entities = entities;
    }

    /// <summary>The article's text, tokens and sentences.</summary>
    public Document Document { get; }

    /// <summary>The final entities, sorted by start, with ids, token ranges, sentences and producing stages.</summary>
    public EntityTable Entities { get; }

    /// <summary>The events found so far, in the order the relation stages added them.</summary>
    public IReadOnlyList<ArticleEvent> Events => _events;

    /// <summary>Adds an event; relation stages call this.</summary>
    public void AddEvent(ArticleEvent articleEvent) => _events.Add(articleEvent ?? throw new ArgumentNullException(nameof(articleEvent)));

    /// <summary>The record of SCHEMA.md for this analysis.</summary>
    public ArticleRecord ToRecord(string id, string? encoding = null) => new()
    {
        Id = id,
        Chars = Document.Text.Length,
        Encoding = encoding,
        Entities = Entities,
        Events = _events,
    };
}
