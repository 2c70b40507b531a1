using System.Text;

namespace Extractor.Input;

/// <summary>
/// Turns a file's bytes into text: UTF-8 with or without BOM, UTF-16 with BOM. A UTF-8 file with a few invalid
/// bytes (a damaged copy, one stray Latin-1 character) keeps its UTF-8 reading with each invalid sequence
/// replaced by U+FFFD and counted; a file with more invalid sequences than valid multi-byte characters is
/// Windows-1252, the usual encoding of older Spanish news archives. Binary data (any NUL, whatever the byte
/// order mark, or mostly control characters) is refused.
/// </summary>
public static class ArticleDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    /// <summary>Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; refuses binary.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return bytes.Contains((byte)0) ? DecodedText.Failure("binary file: contains NUL bytes", "utf-8") : DecodeUtf8OrLegacy(bytes[3..]);
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
        string encoding = "utf-8";
        int replaced = 0;
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            text = StrictUtf8.GetString(bytes);
        }
        else
        {
            var (valid, invalid) = CountSequences(bytes);
            if (invalid > valid)
            {
                text = Windows1252.GetString(bytes);
                encoding = "windows-1252";
            }
            else
            {
                text = LenientUtf8.GetString(bytes);
                replaced = invalid;
            }
        }
        return LooksBinary(text)
            ? DecodedText.Failure("binary file: mostly control characters", encoding)
            : DecodedText.Success(text, encoding, replaced);
    }

    // Valid multi-byte characters and invalid sequences (each one U+FFFD when decoded leniently, as the
    // runtime's decoder replaces each maximal invalid subsequence).
    private static (int Valid, int Invalid) CountSequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80) { i++; continue; }
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status == System.Buffers.OperationStatus.Done) valid++;
            else invalid++;
            i += Math.Max(1, consumed);
        }
        return (valid, invalid);
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
