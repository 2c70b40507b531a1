namespace Extractor.Evaluation;

/// <summary>Token and sentence-boundary precision, recall and F1 of a tokenizer against gold surface tokens.</summary>
public sealed record TokenizationScore(
    string Source,
    int GoldTokens, int PredictedTokens, int MatchedTokens,
    int GoldSentences, int PredictedSentences, int MatchedSentences,
    int SkippedSentences)
{
    /// <summary>Examples of disagreements: a window of text with gold and predicted boundaries.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public double TokenPrecision => Ratio(MatchedTokens, PredictedTokens);
    public double TokenRecall => Ratio(MatchedTokens, GoldTokens);
    public double TokenF1 => F1(TokenPrecision, TokenRecall);
    public double SentencePrecision => Ratio(MatchedSentences, PredictedSentences);
    public double SentenceRecall => Ratio(MatchedSentences, GoldSentences);
    public double SentenceF1 => F1(SentencePrecision, SentenceRecall);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
