using Extractor.Text;

namespace Extractor.Training.Sequences;

/// <summary>A sentence of a document with its gold label index per token.</summary>
internal sealed record LabeledSentence(Document Document, Sentence Sentence, int[] Gold);
