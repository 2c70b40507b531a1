namespace Extractor.Evaluation;

/// <summary>Exact-match scores for one entity type, with partial overlaps and normalised-value agreement.</summary>
public sealed record TypeScore(string Type, int Gold, int Predicted, int Exact, int Partial, int ValueChecked, int ValueCorrect)
{
    /// <summary>The types the project's headline figure pools (the issue's acceptance row); DATE and QUANTITY stay out.</summary>
    public static readonly IReadOnlyList<string> MicroTypes = ["MONEY", "PERCENT", "COMPANY", "DURATION", "CHIP", "PERSON"];

    private PrecisionRecall Counts => new(Exact, Predicted, Gold);
    public double Precision => Counts.Precision;
    public double Recall => Counts.Recall;
    public double F1 => Counts.F1;
    public double? ValueAccuracy => ValueChecked == 0 ? null : (double)ValueCorrect / ValueChecked;

    /// <summary>Counts pooled over <paramref name="types"/> (micro average); value agreement is not pooled.</summary>
    public static TypeScore Micro(IEnumerable<TypeScore> scores, IReadOnlyList<string> types)
    {
        var pooled = scores.Where(s => types.Contains(s.Type)).ToList();
        return new TypeScore($"micro over {string.Join(", ", types)}", pooled.Sum(s => s.Gold), pooled.Sum(s => s.Predicted),
            pooled.Sum(s => s.Exact), pooled.Sum(s => s.Partial), 0, 0);
    }
}
