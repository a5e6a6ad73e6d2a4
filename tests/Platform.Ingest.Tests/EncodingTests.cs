using System.Text;

namespace Platform.Ingest.Tests;

public class EncodingTests
{
    private const string Story =
        "Harbor cranes go electric at southern port\n" +
        "Published: 2 Apr. 2024, 10:20\n" +
        "The southern port authority said Tuesday that all 14 container cranes at its main terminal now run on electricity, cutting diesel use by about 9 million liters a year.\n" +
        "Officials said the change also lowered noise levels for residents living near the docks, who had complained for years about engines running through the night.\n" +
        "BY SEO JI-HOON [[email protected]]\n" +
        "with the Korea JoongAng Daily\n";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-16le", false)]
    [InlineData("utf-16be", false)]
    public void Utf16_with_or_without_bom_is_decoded(string name, bool bom)
    {
        var encoding = new UnicodeEncoding(bigEndian: name.EndsWith("be", StringComparison.Ordinal), byteOrderMark: bom);
        var bytes = (bom ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(Story)).ToArray();
        var a = TestFiles.Decoder.Decode(bytes, "story.txt", null).Article!;
        Assert.Equal(name, a.Encoding);
        Assert.Equal(bom ? "bom" : "heuristic-zero-bytes", a.EncodingReason);
        Assert.Equal("Harbor cranes go electric at southern port", a.Headline);
        Assert.Equal("Seo Ji-hoon", a.Authors.Single().Name);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void Utf8_bom_and_crlf_are_handled()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Story.Replace("\n", "\r\n"))).ToArray();
        var a = TestFiles.Decoder.Decode(bytes, "story.txt", null).Article!;
        Assert.Equal("utf-8", a.Encoding);
        Assert.Equal("bom", a.EncodingReason);
        Assert.DoesNotContain('\r', a.Body);
        Assert.Equal("Harbor cranes go electric at southern port", a.Headline);
    }

    [Fact]
    public void Euc_kr_korean_article_is_decoded_and_detected_as_korean()
    {
        var korean =
            "서울시, 심야 버스 노선 6개 신설\n" +
            "입력 2024.03.05 14:20\n" +
            "서울시는 다음 달부터 남부 산업단지 근로자들을 위해 심야 버스 노선 6개를 새로 운영한다고 5일 밝혔다.\n" +
            "새 노선은 자정부터 새벽 4시까지 25분 간격으로 운행되며 주요 지하철 환승역과 연결된다.\n" +
            "시는 모든 노선이 운행되면 하루 밤 약 4천200명이 이용할 것으로 내다봤다.\n";
        var bytes = Encoding.GetEncoding(949).GetBytes(korean);
        var a = TestFiles.Decoder.Decode(bytes, "seoul.txt", null).Article!;
        Assert.Equal("euc-kr", a.Encoding);
        Assert.Equal("heuristic-hangul", a.EncodingReason);
        Assert.Equal("ko", a.Language);
        Assert.Equal("서울시, 심야 버스 노선 6개 신설", a.Headline);
        Assert.Equal("2024-03-05T14:20:00", a.Published!.Local);
        Assert.Equal(3, a.Paragraphs.Count);
    }

    [Fact]
    public void Windows_1252_text_is_decoded_with_a_heuristic_reason()
    {
        var text = Story.Replace("Officials said", "Officials said the café owners’ association welcomed it, and");
        var bytes = Encoding.GetEncoding(1252).GetBytes(text);
        var a = TestFiles.Decoder.Decode(bytes, "story.txt", null).Article!;
        Assert.Equal("windows-1252", a.Encoding);
        Assert.Equal("heuristic-single-byte", a.EncodingReason);
        Assert.Contains("café owners’ association", a.Body);
    }

    [Fact]
    public void Zero_width_and_control_characters_are_removed_and_text_is_nfc()
    {
        var text = Story.Replace("southern port authority", "southern\u200B port\u0007 authority").Replace("Officials", "Offi\u0301cials e\u0301");
        var a = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(text), "story.txt", null).Article!;
        Assert.Contains("southern port authority", a.Body);
        Assert.Contains("Offícials é", a.Body);
        Assert.True(a.Body.IsNormalized(NormalizationForm.FormC));
    }
}
