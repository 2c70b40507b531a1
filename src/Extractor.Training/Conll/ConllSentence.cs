namespace Extractor.Training.Conll;

/// <summary>A CoNLL-2002 sentence: tokens and their IOB2 tags.</summary>
internal sealed record ConllSentence(string[] Tokens, string[] Tags);
