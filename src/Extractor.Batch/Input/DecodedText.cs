namespace Extractor.Input;

/// <summary>The outcome of decoding a file's bytes: the text and the encoding used, or why it could not be read.</summary>
public readonly record struct DecodedText(string? Text, string? Encoding, string? Error)
{
    public bool Ok => Error is null;

    public static DecodedText Success(string text, string encoding) => new(text, encoding, null);

    public static DecodedText Failure(string error, string? encoding = null) => new(null, encoding, error);
}
