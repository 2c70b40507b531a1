using Extractor.Records;

namespace Extractor.Evaluation;

/// <summary>
/// Compares predicted with gold entities: exact span and type for precision, recall and F1; same-type overlaps
/// that are not exact are counted as partial; on exact matches, the normalised fields are compared (value and
/// currency for MONEY, value and unit for PERCENT and QUANTITY, ISO value for DURATION, canonical name for
/// COMPANY, vendor for CHIP).
/// </summary>
public sealed class EntityEvaluator
{
    private readonly Dictionary<EntityType, (int Gold, int Predicted, int Exact, int Partial, int Checked, int Correct)> _counts = [];

    public List<string> Errors { get; } = [];

    public void Add(string id, string text, IReadOnlyList<Entity> gold, IReadOnlyList<Entity> predicted)
    {
        var goldByKey = gold.ToDictionary(e => (e.Type, e.Start, e.End));
        var predictedKeys = predicted.Select(e => (e.Type, e.Start, e.End)).ToHashSet();
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var c = _counts.GetValueOrDefault(type);
            c.Gold += gold.Count(e => e.Type == type);
            c.Predicted += predicted.Count(e => e.Type == type);
            _counts[type] = c;
        }
        foreach (var p in predicted)
        {
            var c = _counts[p.Type];
            if (goldByKey.TryGetValue((p.Type, p.Start, p.End), out var g))
            {
                c.Exact++;
                if (HasValue(p.Type))
                {
                    c.Checked++;
                    if (SameValue(g, p)) c.Correct++;
                    else Errors.Add($"{id}\tVALUE\t{p.Type}\t{p.Text}\tgold {Describe(g)}\tpredicted {Describe(p)}");
                }
            }
            else
            {
                bool partial = gold.Any(x => x.Type == p.Type && x.Overlaps(p));
                if (partial) c.Partial++;
                Errors.Add($"{id}\t{(partial ? "PARTIAL" : "FALSE")}\t{p.Type}\t{p.Text}\t{Context(text, p)}");
            }
            _counts[p.Type] = c;
        }
        foreach (var g in gold)
            if (!predictedKeys.Contains((g.Type, g.Start, g.End)) && !predicted.Any(p => p.Type == g.Type && p.Overlaps(g)))
                Errors.Add($"{id}\tMISSED\t{g.Type}\t{g.Text}\t{Context(text, g)}");
    }

    public List<TypeScore> Scores() => _counts
        .Where(kv => kv.Value.Gold + kv.Value.Predicted > 0)
        .OrderBy(kv => kv.Key)
        .Select(kv => new TypeScore(kv.Key.ToString(), kv.Value.Gold, kv.Value.Predicted, kv.Value.Exact, kv.Value.Partial, kv.Value.Checked, kv.Value.Correct))
        .ToList();

    private static bool HasValue(EntityType type) => type is not (EntityType.DATE or EntityType.PERSON);

    internal static bool SameValue(Entity gold, Entity predicted) => gold.Type switch
    {
        EntityType.MONEY => gold.Number == predicted.Number && gold.Currency == predicted.Currency,
        EntityType.PERCENT => gold.Number == predicted.Number && gold.Unit == predicted.Unit,
        EntityType.QUANTITY => gold.Number == predicted.Number && string.Equals(gold.Unit, predicted.Unit, StringComparison.OrdinalIgnoreCase),
        EntityType.DURATION => gold.Iso == predicted.Iso || (IsoLength(gold.Iso) is { } g && g == IsoLength(predicted.Iso)),
        EntityType.COMPANY => string.Equals(gold.Canonical, predicted.Canonical, StringComparison.OrdinalIgnoreCase),
        EntityType.CHIP => string.Equals(gold.Vendor, predicted.Vendor, StringComparison.OrdinalIgnoreCase),
        _ => true,
    };

    // P5Y6M and P66M are the same length, and so are PT1.5H and PT90M: compare months, days and seconds.
    internal static (decimal Months, decimal Days, decimal Seconds)? IsoLength(string? iso)
    {
        if (iso is null) return null;
        var m = System.Text.RegularExpressions.Regex.Match(iso, @"^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$");
        if (!m.Success) return null;
        decimal N(int group) => m.Groups[group].Success ? decimal.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (N(1) * 12 + N(2), N(3) * 7 + N(4), N(5) * 3600 + N(6) * 60 + N(7));
    }

    private static string Describe(Entity e) => e.Type switch
    {
        EntityType.MONEY => $"{e.Number} {e.Currency ?? "null"}",
        EntityType.PERCENT or EntityType.QUANTITY => $"{e.Number} {e.Unit}",
        EntityType.DURATION => e.Iso ?? "null",
        EntityType.COMPANY => e.Canonical ?? "",
        EntityType.CHIP => $"{e.Vendor} {e.Family}",
        _ => "",
    };

    private static string Context(string text, Entity e)
    {
        int from = Math.Max(0, e.Start - 40), to = Math.Min(text.Length, e.End + 40);
        return "…" + text[from..e.Start].Replace('\n', ' ') + "[" + e.Text + "]" + text[e.End..to].Replace('\n', ' ') + "…";
    }
}
