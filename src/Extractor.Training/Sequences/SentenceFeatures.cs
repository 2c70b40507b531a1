using Extractor.Mentions.Names;

namespace Extractor.Training.Sequences;

/// <summary>Feature slots computed once per sentence and reused in every training epoch.</summary>
internal static class SentenceFeatures
{
    public static uint[][] Compute(IReadOnlyList<LabeledSentence> sentences, NameFeatures features)
    {
        var result = new uint[sentences.Count][];
        var marksByDocument = new Dictionary<Extractor.Text.Document, byte[]>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (!marksByDocument.TryGetValue(s.Document, out var marks))
                marksByDocument[s.Document] = marks = features.GazetteerMarks(s.Document);
            result[i] = new uint[s.Sentence.TokenCount * NameFeatures.PerToken];
            features.Extract(s.Document, s.Sentence, marks, result[i]);
        }
        return result;
    }
}
