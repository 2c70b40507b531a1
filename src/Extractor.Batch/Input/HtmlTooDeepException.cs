namespace Extractor.Input;

/// <summary>A page nested deeper than <see cref="HtmlArticleText.MaxDepth"/>: refused before parsing, so it costs an error record, not minutes.</summary>
public sealed class HtmlTooDeepException(string message) : Exception(message);
