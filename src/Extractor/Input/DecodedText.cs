namespace Extractor.Input;

/// <summary>
/// The outcome of decoding a file's bytes: the text and the encoding used, or why it could not be read;
/// <see cref="Replaced"/> counts invalid UTF-8 sequences replaced by U+FFFD.
/// </summary>
public readonly record struct DecodedText(string? Text, string? Encoding, string? Error, int Replaced = 0)
{
    public bool Ok => Error is null;

    public static DecodedText Success(string text, string encoding, int replaced = 0) => new(text, encoding, null, replaced);

    public static DecodedText Failure(string error, string? encoding = null) => new(null, encoding, error);
}
