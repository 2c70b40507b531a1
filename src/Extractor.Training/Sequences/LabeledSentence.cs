using Extractor.Text;

namespace Extractor.Training.Sequences;

/// <summary>A sentence of a document with its gold label index per token.</summary>
public sealed record LabeledSentence(Document Document, Sentence Sentence, int[] Gold);
