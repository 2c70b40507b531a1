using System.Globalization;
using Extractor.Events;

namespace Extractor.Evaluation;

/// <summary>
/// Scores predicted events against gold as EVENTS.md says: within each article and type, gold and predicted events
/// are paired greedily by the facts they share; every slot value is one fact (fact P/R/F1 per type and slot), and
/// an event counts when its core is right (event P/R/F1).
/// </summary>
public sealed class EventEvaluator
{
    private readonly Dictionary<string, PrecisionRecall> _facts = [];
    private readonly Dictionary<string, PrecisionRecall> _slots = [];
    private readonly Dictionary<string, PrecisionRecall> _events = [];
    private readonly List<string> _errors = [];

    /// <summary>Missed and false facts and events, one line each, for <c>--errors</c>.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>True once any gold or predicted event was seen.</summary>
    public bool HasEvents => _events.Count > 0;

    public void Add(string id, IReadOnlyList<ArticleEvent> gold, IReadOnlyList<ArticleEvent> predicted)
    {
        foreach (var type in Enum.GetValues<EventType>())
        {
            var g = gold.Where(e => e.Type == type).Select(e => new EventFacts(e)).ToList();
            var p = predicted.Where(e => e.Type == type).Select(e => new EventFacts(e)).ToList();
            if (g.Count == 0 && p.Count == 0) continue;
            var pairs = Align(g, p);
            var key = type.ToString();
            int coreCorrect = 0;
            foreach (var (gi, pi) in pairs)
                if (g[gi].CoreMatchedBy(p[pi])) coreCorrect++;
                else _errors.Add($"{id}: {type} core differs: gold {Describe(g[gi])} | predicted {Describe(p[pi])}");
            foreach (var gi in Enumerable.Range(0, g.Count).Except(pairs.Select(x => x.Gold))) _errors.Add($"{id}: missed {type} {Describe(g[gi])}");
            foreach (var pi in Enumerable.Range(0, p.Count).Except(pairs.Select(x => x.Predicted))) _errors.Add($"{id}: false {type} {Describe(p[pi])}");
            Accumulate(_events, key, new PrecisionRecall(coreCorrect, p.Count, g.Count));

            foreach (var (slot, counts) in FactCounts(g, p, pairs, id, type))
            {
                Accumulate(_facts, key, counts);
                Accumulate(_slots, slot, counts);
            }
        }
    }

    private IEnumerable<(string Slot, PrecisionRecall Counts)> FactCounts(List<EventFacts> g, List<EventFacts> p, List<(int Gold, int Predicted)> pairs, string id, EventType type)
    {
        var pairedGold = pairs.ToDictionary(x => x.Gold, x => x.Predicted);
        var pairedPredicted = pairs.ToDictionary(x => x.Predicted, x => x.Gold);
        for (int gi = 0; gi < g.Count; gi++)
        {
            var partner = pairedGold.TryGetValue(gi, out int pi) ? p[pi] : null;
            var left = partner?.Facts.ToList() ?? [];
            foreach (var fact in g[gi].Facts)
            {
                int i = left.FindIndex(f => f.Slot == fact.Slot && EventFacts.Same(f.Value, fact.Value));
                if (i >= 0) { left.RemoveAt(i); yield return (fact.Slot, new PrecisionRecall(1, 1, 1)); }
                else
                {
                    if (partner is not null) _errors.Add($"{id}: {type} missed fact {EventFacts.Describe(fact.Slot, fact.Value)}");
                    yield return (fact.Slot, new PrecisionRecall(0, 0, 1));
                }
            }
            foreach (var fact in left)
            {
                _errors.Add($"{id}: {type} false fact {EventFacts.Describe(fact.Slot, fact.Value)}");
                yield return (fact.Slot, new PrecisionRecall(0, 1, 0));
            }
        }
        for (int pi = 0; pi < p.Count; pi++)
            if (!pairedPredicted.ContainsKey(pi))
                foreach (var fact in p[pi].Facts) yield return (fact.Slot, new PrecisionRecall(0, 1, 0));
    }

    /// <summary>Pairs gold and predicted events greedily, most shared facts first; events sharing nothing stay apart.</summary>
    private static List<(int Gold, int Predicted)> Align(List<EventFacts> gold, List<EventFacts> predicted)
    {
        var candidates = new List<(int Shared, int Gold, int Predicted)>();
        for (int gi = 0; gi < gold.Count; gi++)
            for (int pi = 0; pi < predicted.Count; pi++)
            {
                // Kind, metric and status alone say little: a pair must share a party or a figure.
                int shared = gold[gi].Shared(predicted[pi]);
                int weak = gold[gi].Facts.Count(f => f.Slot is "kind" or "metric" or "status" && predicted[pi].Facts.Any(x => x.Slot == f.Slot && Equals(x.Value, f.Value)));
                if (shared - weak > 0) candidates.Add((shared, gi, pi));
            }
        // Greedy pairing, each side used once.
        var result = new List<(int, int)>();
        var g = new bool[gold.Count];
        var p = new bool[predicted.Count];
        foreach (var (_, gi, pi) in candidates.OrderByDescending(c => c.Shared).ThenBy(c => c.Gold).ThenBy(c => c.Predicted))
        {
            if (g[gi] || p[pi]) continue;
            g[gi] = p[pi] = true;
            result.Add((gi, pi));
        }
        return result;
    }

    private static void Accumulate(Dictionary<string, PrecisionRecall> table, string key, PrecisionRecall counts) =>
        table[key] = table.GetValueOrDefault(key) + counts;

    private static string Describe(EventFacts e) => string.Join(", ", e.Facts.Select(f => EventFacts.Describe(f.Slot, f.Value)));

    /// <summary>Event and fact scores per type, with an overall row.</summary>
    public IEnumerable<(string Type, PrecisionRecall Events, PrecisionRecall Facts)> ByType()
    {
        foreach (var type in Enum.GetNames<EventType>().Where(_events.ContainsKey))
            yield return (type, _events[type], _facts.GetValueOrDefault(type));
        yield return ("all", _events.Values.Aggregate(default(PrecisionRecall), (a, b) => a + b), _facts.Values.Aggregate(default(PrecisionRecall), (a, b) => a + b));
    }

    /// <summary>Fact scores per slot.</summary>
    public IEnumerable<(string Slot, PrecisionRecall Facts)> BySlot() =>
        _slots.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value));

    /// <summary>The two tables as Markdown.</summary>
    public string Table()
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine("| event type | gold | predicted | event P | event R | event F1 | facts gold | facts predicted | fact P | fact R | fact F1 |");
        w.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (type, ev, facts) in ByType())
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {type} | {ev.Gold} | {ev.Predicted} | {ev.Precision:0.000} | {ev.Recall:0.000} | {ev.F1:0.000} | {facts.Gold} | {facts.Predicted} | {facts.Precision:0.000} | {facts.Recall:0.000} | {facts.F1:0.000} |"));
        w.WriteLine();
        w.WriteLine("| slot | gold | predicted | correct | P | R | F1 |");
        w.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (slot, f) in BySlot())
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {slot} | {f.Gold} | {f.Predicted} | {f.Correct} | {f.Precision:0.000} | {f.Recall:0.000} | {f.F1:0.000} |"));
        return w.ToString();
    }
}
