namespace Extractor.Training.Scoring;

/// <summary>Exact-match chunk scores per type, as conlleval computes them.</summary>
internal sealed record ChunkScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
