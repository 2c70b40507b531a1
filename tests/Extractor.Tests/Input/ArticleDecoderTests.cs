using System.Text;
using Extractor.Input;

namespace Extractor.Tests.Input;

public class ArticleDecoderTests
{
    private const string Sample = "La compañía ganó 1.200 millones de euros según Ibercaja y Telefónica.";

    [Fact]
    public void Reads_utf8_without_bom()
    {
        var decoded = ArticleDecoder.Decode(Encoding.UTF8.GetBytes(Sample));
        Assert.Equal((Sample, "utf-8"), (decoded.Text, decoded.Encoding));
    }

    [Fact]
    public void Reads_utf8_with_bom_and_drops_the_bom()
    {
        var decoded = ArticleDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);
        Assert.Equal((Sample, "utf-8"), (decoded.Text, decoded.Encoding));
    }

    [Fact]
    public void Reads_utf16_with_either_byte_order_mark()
    {
        Assert.Equal(Sample, ArticleDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]).Text);
        Assert.Equal(Sample, ArticleDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)]).Text);
    }

    [Fact]
    public void Falls_back_to_windows_1252_and_says_so()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Sample + " Cuesta 5 €.");
        var decoded = ArticleDecoder.Decode(bytes);
        Assert.Equal(Sample + " Cuesta 5 €.", decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);
    }

    [Fact]
    public void Refuses_binary_data()
    {
        var decoded = ArticleDecoder.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
        Assert.False(decoded.Ok);
        Assert.Contains("binary", decoded.Error);
    }

    [Fact]
    public void An_empty_file_is_an_empty_article()
    {
        var decoded = ArticleDecoder.Decode([]);
        Assert.Equal(("", "utf-8"), (decoded.Text, decoded.Encoding));
    }

    [Fact]
    public void One_invalid_byte_in_utf8_is_replaced_and_the_accents_survive()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample).ToList();
        bytes.Insert(10, 0xFF);
        var decoded = ArticleDecoder.Decode(bytes.ToArray());
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal(1, decoded.Replaced);
        Assert.Contains("Telefónica", decoded.Text);
        Assert.Contains('\uFFFD', decoded.Text!);
    }

    [Fact]
    public void A_file_mostly_in_windows_1252_is_still_read_as_windows_1252()
    {
        var decoded = ArticleDecoder.Decode(CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Sample));
        Assert.Equal((Sample, "windows-1252", 0), (decoded.Text, decoded.Encoding, decoded.Replaced));
    }

    [Fact]
    public void Nul_bytes_are_refused_after_a_utf8_byte_order_mark_too()
    {
        var decoded = ArticleDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Sube un 2%."), 0x00, 0x41]);
        Assert.False(decoded.Ok);
        Assert.Contains("NUL", decoded.Error);
    }
}
