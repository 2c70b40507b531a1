using System.Text.RegularExpressions;
using Extractor.Events;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Corpus;

/// <summary>
/// Reads the <c>%% events</c> block of a marked article (corpus/EVENT-MARKS.md): one event a line, slots naming the
/// article's entity marks by their surface (<c>buyer="AWS"</c>, <c>amount="-300 millones de euros"</c>,
/// <c>change="3%#2"</c>). References resolve to the marked entities, so gold events carry the same normalised
/// values as the entities, and the evidence is the sentence of the main figure.
/// </summary>
public static partial class MarkedEvents
{
    /// <summary>The line that opens the block, preceded by a blank line.</summary>
    public const string Separator = "\n%% events\n";

    [GeneratedRegex("""([a-z]+)=(?:"([^"]*)"|(\S+))""")]
    private static partial Regex Slot();

    [GeneratedRegex(@"^(.*)#(\d+)$")]
    private static partial Regex Occurrence();

    /// <summary>Splits a marked source into the marked article and its events block (null when it has none).</summary>
    public static (string Article, string? Events) Split(string marked)
    {
        int at = marked.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? (marked, null) : (marked[..at], marked[(at + Separator.Length)..]);
    }

    /// <summary>The events of <paramref name="block"/>; every line that cannot be read adds a problem instead.</summary>
    public static List<ArticleEvent> Parse(string block, string text, IReadOnlyList<Entity> entities, List<string> problems)
    {
        var sentences = TextAnalyzer.Default.Analyze(text).Sentences;
        var events = new List<ArticleEvent>();
        int lineNumber = 0;
        foreach (var raw in block.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var lineProblems = new List<string>();
            var parsed = ParseLine(line, text, entities, sentences, lineProblems);
            problems.AddRange(lineProblems.Select(p => $"event line {lineNumber}: {p}"));
            if (parsed is not null && lineProblems.Count == 0) events.Add(parsed);
        }
        return events;
    }

    private static ArticleEvent? ParseLine(string line, string text, IReadOnlyList<Entity> entities, Sentence[] sentences, List<string> problems)
    {
        int space = line.IndexOf(' ');
        var typeName = space < 0 ? line : line[..space];
        if (!Enum.TryParse<EventType>(typeName, out var type) || !Enum.IsDefined(type)) { problems.Add($"unknown event type '{typeName}'"); return null; }
        var e = new ArticleEvent(type);
        foreach (Match slot in Slot().Matches(line, typeName.Length))
        {
            var name = slot.Groups[1].Value;
            var value = slot.Groups[2].Success ? slot.Groups[2].Value : slot.Groups[3].Value;
            if (!EventSchema.Slots[type].Contains(name)) { problems.Add($"{type} has no slot '{name}'"); continue; }
            if (EventSchema.Values.ContainsKey(name))
            {
                e = name switch { "kind" => e with { Kind = value }, "status" => e with { Status = value }, _ => e with { Metric = value } };
                continue;
            }
            if (name == "chips")
            {
                var chips = value.Split('|').Select(v => Resolve(v, EntityType.CHIP, entities, problems)).OfType<Entity>().ToList();
                e = e with { Chips = chips };
                continue;
            }
            bool negative = value.StartsWith('-') && name is "amount" or "change" or "price";
            var entity = Resolve(negative ? value[1..] : value, EventSchema.EntitySlots[name], entities, problems);
            if (entity is null) continue;
            e = name switch
            {
                "buyer" => e with { Buyer = entity },
                "seller" => e with { Seller = entity },
                "target" => e with { Target = entity },
                "company" => e with { Company = entity },
                "amount" => e with { Amount = EventFigure.From(entity, negative) },
                "price" => e with { Price = EventFigure.From(entity, negative) },
                "change" => e with { Change = EventFigure.From(entity, negative) },
                "stake" => e with { Stake = EventFigure.From(entity) },
                "duration" => e with { Duration = entity },
                _ => e with { Period = entity },
            };
        }
        // The amount is the main figure when there is one, whatever the order the line names the slots in.
        var main = e.Amount?.Source ?? e.Change?.Source ?? e.Price?.Source ?? e.Stake?.Source ?? e.Duration
            ?? e.Buyer ?? e.Company ?? e.Target ?? e.Seller;
        if (main is not null)
        {
            var sentence = sentences.FirstOrDefault(s => s.Start <= main.Start && main.Start < s.End);
            e = e with { EvidenceStart = sentence.Start, EvidenceEnd = sentence.End };
        }
        problems.AddRange(EventSchema.Problems(e));
        return e;
    }

    private static Entity? Resolve(string reference, EntityType type, IReadOnlyList<Entity> entities, List<string> problems)
    {
        int occurrence = 1;
        var surface = reference;
        if (Occurrence().Match(reference) is { Success: true } m) { surface = m.Groups[1].Value; occurrence = int.Parse(m.Groups[2].Value); }
        var matches = entities.Where(x => x.Text == surface).ToList();
        if (matches.Count < occurrence) { problems.Add($"no entity mark '{surface}' (occurrence {occurrence})"); return null; }
        var entity = matches[occurrence - 1];
        if (entity.Type != type) { problems.Add($"'{surface}' is a {entity.Type}, not a {type}"); return null; }
        return entity;
    }
}
