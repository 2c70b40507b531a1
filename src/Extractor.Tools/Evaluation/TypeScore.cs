namespace Extractor.Evaluation;

/// <summary>Exact-match scores for one entity type, with partial overlaps and normalised-value agreement.</summary>
public sealed record TypeScore(string Type, int Gold, int Predicted, int Exact, int Partial, int ValueChecked, int ValueCorrect)
{
    public double Precision => Predicted == 0 ? 0 : (double)Exact / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Exact / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double? ValueAccuracy => ValueChecked == 0 ? null : (double)ValueCorrect / ValueChecked;
}
