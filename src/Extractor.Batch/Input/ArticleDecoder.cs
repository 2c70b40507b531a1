using System.Text;

namespace Extractor.Input;

/// <summary>
/// Turns a file's bytes into text: UTF-8 with or without BOM, UTF-16 with BOM; bytes that are not valid UTF-8
/// are read as Windows-1252, the usual encoding of older Spanish news archives. Binary data is refused.
/// </summary>
public static class ArticleDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    /// <summary>Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; refuses binary.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8OrLegacy(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeUtf16(bytes[2..], Encoding.Unicode, "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeUtf16(bytes[2..], Encoding.BigEndianUnicode, "utf-16be");
        if (bytes.Contains((byte)0))
            return DecodedText.Failure("binary file: contains NUL bytes");
        return DecodeUtf8OrLegacy(bytes);
    }

    private static DecodedText DecodeUtf8OrLegacy(ReadOnlySpan<byte> bytes)
    {
        string text;
        string encoding;
        try
        {
            text = StrictUtf8.GetString(bytes);
            encoding = "utf-8";
        }
        catch (DecoderFallbackException)
        {
            text = Windows1252.GetString(bytes);
            encoding = "windows-1252";
        }
        return LooksBinary(text)
            ? DecodedText.Failure("binary file: mostly control characters", encoding)
            : DecodedText.Success(text, encoding);
    }

    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> bytes, Encoding utf16, string name)
    {
        if (bytes.Length % 2 != 0) return DecodedText.Failure($"invalid {name}: odd number of bytes", name);
        var text = utf16.GetString(bytes);
        return text.Contains('\0')
            ? DecodedText.Failure("binary file: contains NUL characters", name)
            : DecodedText.Success(text, name);
    }

    // Text has a few tabs and line breaks; a file where more than one character in ten is another control
    // character is not an article, whatever its bytes decode to.
    private static bool LooksBinary(string text)
    {
        if (text.Length == 0) return false;
        int control = 0;
        foreach (char c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        return control * 10 > text.Length;
    }
}
