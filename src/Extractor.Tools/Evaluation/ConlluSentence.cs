namespace Extractor.Evaluation;

/// <summary>A sentence of a CoNLL-U file: its <c># text</c> line and its surface tokens (multiword tokens count once).</summary>
public sealed record ConlluSentence(string Text, IReadOnlyList<string> SurfaceTokens);
