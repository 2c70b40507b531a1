using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Events;
using Extractor.Records;

namespace Extractor.Corpus;

/// <summary>
/// The authoring format of the corpus: plain text with inline marks <c>[surface]{TYPE field=value field="two words"}</c>.
/// Stripping the marks gives the article text; each mark gives one gold entity with exact offsets, so nobody
/// counts characters by hand.
/// </summary>
public static partial class MarkedArticle
{
    [GeneratedRegex("""\[([^\[\]\n]+)\]\{(MONEY|PERCENT|QUANTITY|COMPANY|DURATION|CHIP|PERSON|DATE)((?:\s+[a-z]+=(?:"[^"\n]*"|[^\s}"]+))*)\s*\}""")]
    private static partial Regex Mark();

    [GeneratedRegex("""([a-z]+)=(?:"([^"\n]*)"|([^\s}"]+))""")]
    private static partial Regex Field();

    /// <summary>The text, entities and events of a marked source; problems lists the event lines that could not be read.</summary>
    public static (string Text, List<Entity> Entities, List<ArticleEvent> Events) ParseWithEvents(string marked, List<string> problems)
    {
        var (article, block) = MarkedEvents.Split(marked);
        var (text, entities) = Parse(article);
        var events = block is null ? [] : MarkedEvents.Parse(block, text, entities, problems);
        return (text, entities, events);
    }

    /// <summary>The text and entities of a marked article (without an events block).</summary>
    public static (string Text, List<Entity> Entities) Parse(string marked)
    {
        marked = MarkedEvents.Split(marked).Article;
        var text = new StringBuilder(marked.Length);
        var entities = new List<Entity>();
        int position = 0;
        foreach (Match mark in Mark().Matches(marked))
        {
            text.Append(marked, position, mark.Index - position);
            var surface = mark.Groups[1].Value;
            int start = text.Length;
            text.Append(surface);
            var type = Enum.Parse<EntityType>(mark.Groups[2].Value);
            var fields = Field().Matches(mark.Groups[3].Value)
                .ToDictionary(f => f.Groups[1].Value, f => f.Groups[2].Success ? f.Groups[2].Value : f.Groups[3].Value);
            entities.Add(ToEntity(type, start, surface, fields));
            position = mark.Index + mark.Length;
        }
        text.Append(marked, position, marked.Length - position);
        return (text.ToString(), entities);
    }

    private static Entity ToEntity(EntityType type, int start, string surface, Dictionary<string, string> fields)
    {
        string? Field(string name) => fields.TryGetValue(name, out var v) && v != "null" ? v : null;
        decimal? Number(string name) => Field(name) is { } v ? decimal.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
        var entity = new Entity(type, start, start + surface.Length, surface);
        return type switch
        {
            EntityType.MONEY => entity with { Number = Number("value"), Currency = Field("currency") },
            EntityType.PERCENT => entity with { Number = Number("value"), Unit = Field("unit") ?? "%" },
            EntityType.QUANTITY => entity with { Number = Number("value"), Unit = Field("unit") },
            EntityType.DURATION or EntityType.DATE => entity with { Iso = Field("value") },
            EntityType.COMPANY => entity with { Canonical = Field("canonical") ?? surface },
            EntityType.CHIP => entity with { Vendor = Field("vendor"), Family = Field("family") },
            _ => entity,
        };
    }
}
