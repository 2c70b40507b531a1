namespace Extractor.Input;

/// <summary>The outcome of decoding a file's bytes: the text and the encoding used, or why it could not be read.</summary>
/// <param name="Text">The decoded text; null when it could not be read.</param>
/// <param name="Encoding">The encoding used (<c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>windows-1252</c>).</param>
/// <param name="Error">Why the bytes could not be read (binary, for instance); null when they were.</param>
/// <param name="Replaced">Invalid UTF-8 sequences replaced by U+FFFD.</param>
public readonly record struct DecodedText(string? Text, string? Encoding, string? Error, int Replaced = 0)
{
    /// <summary>True when the text was decoded.</summary>
    public bool Ok => Error is null;

    /// <summary>Decoded text, with the number of invalid sequences replaced.</summary>
    public static DecodedText Success(string text, string encoding, int replaced = 0) => new(text, encoding, null, replaced);

    /// <summary>Bytes that could not be read.</summary>
    public static DecodedText Failure(string error, string? encoding = null) => new(null, encoding, error);
}
