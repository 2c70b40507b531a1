namespace Extractor.Evaluation;

/// <summary>Exact-match scores for one entity type, with partial overlaps and normalised-value agreement.</summary>
public sealed record TypeScore(string Type, int Gold, int Predicted, int Exact, int Partial, int ValueChecked, int ValueCorrect)
{
    /// <summary>The types the project's headline figure pools (the issue's acceptance row); DATE and QUANTITY stay out.</summary>
    public static readonly IReadOnlyList<string> MicroTypes = ["MONEY", "PERCENT", "COMPANY", "DURATION", "CHIP", "PERSON"];

    public double Precision => Predicted == 0 ? 0 : (double)Exact / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Exact / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double? ValueAccuracy => ValueChecked == 0 ? null : (double)ValueCorrect / ValueChecked;

    /// <summary>Counts pooled over <paramref name="types"/> (micro average); value agreement is not pooled.</summary>
    public static TypeScore Micro(IEnumerable<TypeScore> scores, IReadOnlyList<string> types)
    {
        var pooled = scores.Where(s => types.Contains(s.Type)).ToList();
        return new TypeScore($"micro over {string.Join(", ", types)}", pooled.Sum(s => s.Gold), pooled.Sum(s => s.Predicted),
            pooled.Sum(s => s.Exact), pooled.Sum(s => s.Partial), 0, 0);
    }
}
