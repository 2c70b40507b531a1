using Extractor.Text;

namespace Extractor.Mentions.Names;

/// <summary>Features, scores and Viterbi for one document: the labels of every token, sentence by sentence.</summary>
internal sealed class SequenceTagger
{
    public SequenceTagger(LinearSequenceModel model, NameFeatures features)
    {
        Model = model;
        Features = features;
    }

    public LinearSequenceModel Model { get; }
    public NameFeatures Features { get; }

    public int[] Tag(Document document)
    {
        var labels = new int[document.Tokens.Length];
        var marks = Features.GazetteerMarks(document);
        int longest = document.Sentences.Length == 0 ? 0 : document.Sentences.Max(s => s.TokenCount);
        var slots = new uint[longest * NameFeatures.PerToken];
        var scores = new float[longest * Model.Labels.Count];
        foreach (var sentence in document.Sentences)
        {
            Features.Extract(document, sentence, marks, slots);
            Model.Score(slots, sentence.TokenCount, scores);
            Model.Decode(scores, sentence.TokenCount, labels.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }
        return labels;
    }
}
