using Platform.Contracts;
using System.Text;
using Platform.Ingest.Decoding;
using Platform.Ingest.Decoding.Bytes;

namespace Platform.Ingest.Tests.Encodings;

/// <summary>
/// Real files: UTF-8 with a stray invalid byte, UTF-8 that was once read as Windows-1252, genuine legacy encodings,
/// and UTF-16 without BOM in scripts that have few ASCII characters.
/// </summary>
public sealed class DamagedUtf8Tests
{
    private const string Story =
        "Seoul and Moscow agree on new fishing quotas\n" +
        "Published: 2 Apr. 2024, 10:20\n" +
        "Korea’s fisheries ministry said Tuesday that its talks in Moscow with Sergei Shoigu’s delegation ended with a deal on quotas for the coming season.\n" +
        "Officials said the agreement sets catch limits for pollock and cod that are about 5 percent higher than last year’s, and keeps inspections at sea.\n" +
        "BY SEO JI-HOON [[email protected]]\n" +
        "with the Korea JoongAng Daily\n";

    static DamagedUtf8Tests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Platform.Contracts.ArticleDocument Decode(byte[] bytes)
    {
        var decision = TestFiles.Decoder.Decode(bytes, "story.txt", null);
        Assert.True(decision.Article is not null, $"rejected: {decision.Reason} {decision.Detail}");
        return decision.Article!;
    }

    private static byte[] Insert(byte[] bytes, int at, params byte[] inserted) => [.. bytes[..at], .. inserted, .. bytes[at..]];

    [Fact]
    public void One_stray_byte_keeps_the_file_utf8_and_says_so()
    {
        var utf8 = Encoding.UTF8.GetBytes(Story);
        var at = Array.IndexOf(utf8, (byte)'p', Encoding.UTF8.GetByteCount("Seoul and Moscow agree on new fishing quotas\nPublished: 2 Apr. 2024, 10:20\nKorea’s fisheries ministry said Tuesday that its talks in Moscow with Sergei Shoigu’s delegation ended with a deal on quotas for the coming season.\nOfficials said the agreement sets catch limits for "));
        var bytes = Insert(utf8, at, 0x92);

        var a = Decode(bytes);

        Assert.Equal("utf-8", a.Encoding);
        Assert.Equal("utf8-with-invalid-bytes", a.EncodingReason);
        Assert.Contains("Korea’s fisheries ministry", a.Body);
        Assert.Contains("Sergei Shoigu’s delegation", a.Body);
        Assert.Contains("limits for \uFFFDpollock", a.Body);
        Assert.DoesNotContain("â€", a.Body);
        var warning = Assert.Single(a.Warnings);
        Assert.StartsWith("1 invalid UTF-8 byte sequence(s) replaced with U+FFFD", warning);
    }

    [Fact]
    public void Three_stray_bytes_and_a_truncated_sequence_are_all_counted()
    {
        // Three stray bytes before spaces and a sequence cut short at the end, among some forty accented letters.
        var utf8 = Encoding.UTF8.GetBytes(EncodingSamples.French);
        var spaces = Enumerable.Range(0, utf8.Length).Where(i => utf8[i] == (byte)' ').ToList();
        var bytes = Insert(Insert(Insert(utf8, spaces[30], 0xE9), spaces[20], 0xC3), spaces[10], 0xFF);
        bytes = [.. bytes, 0xE2, 0x80];

        var result = TextEncodingDetector.Decode(bytes, null);

        Assert.Equal("utf8-with-invalid-bytes", result.Decoded!.EncodingReason);
        Assert.Equal(4, result.Decoded.Text.Count(c => c == '\uFFFD'));
        Assert.Equal($"4 invalid UTF-8 byte sequence(s) replaced with U+FFFD (first at byte {spaces[10]})", Assert.Single(result.Decoded.Warnings));
    }

    [Fact]
    public void A_stray_byte_after_a_bom_is_replaced_with_a_warning()
    {
        var bytes = Insert([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Story)], 60, 0x92);
        var a = Decode(bytes);
        Assert.Equal("utf-8", a.Encoding);
        Assert.Equal("bom", a.EncodingReason);
        Assert.Contains("Korea’s fisheries ministry", a.Body);
        Assert.Single(a.Warnings);
    }

    [Fact]
    public void Double_encoded_text_is_repaired_with_a_warning()
    {
        var mojibake = EncodingCases.DoubleEncode(Story, keepUndefined: true);
        Assert.Contains("Koreaâ€™s", mojibake);
        Assert.Contains("Sergei Shoiguâ€™s", mojibake);

        var a = Decode(Encoding.UTF8.GetBytes(mojibake));

        Assert.Equal("utf-8", a.Encoding);
        Assert.Equal("valid-utf8", a.EncodingReason);
        Assert.Contains("Korea’s fisheries ministry", a.Body);
        Assert.Contains("Sergei Shoigu’s delegation", a.Body);
        Assert.DoesNotContain("â€", a.Body);
        Assert.Equal("repaired 3 double-encoded sequence(s) (UTF-8 read as Windows-1252)", Assert.Single(a.Warnings));
        // The same article as the clean file, so the same id: the repair happens before the id is derived.
        Assert.Equal(TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(Story), "story.txt", null).ArticleId,
            TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(mojibake), "story.txt", null).ArticleId);
    }

    [Fact]
    public void Double_encoded_text_with_a_stray_byte_gets_both_warnings()
    {
        var bytes = Insert(Encoding.UTF8.GetBytes(EncodingCases.DoubleEncode(Story, keepUndefined: true)), 20, 0x92);
        var a = Decode(bytes);
        Assert.Equal("utf8-with-invalid-bytes", a.EncodingReason);
        Assert.Equal(2, a.Warnings.Count);
        Assert.Contains("Korea’s fisheries ministry", a.Body);
    }

    [Fact]
    public void Genuine_windows_1252_with_accents_and_curly_quotes_stays_windows_1252()
    {
        var text = Story.Replace("Officials said", "Officials at the café said");
        var a = Decode(Encoding.GetEncoding(1252).GetBytes(text));
        Assert.Equal("windows-1252", a.Encoding);
        Assert.Equal("heuristic-single-byte", a.EncodingReason);
        Assert.Contains("Korea’s fisheries ministry", a.Body);
        Assert.Contains("Officials at the café said", a.Body);
        Assert.Empty(a.Warnings);
    }

    [Fact]
    public void Uppercase_portuguese_with_a_tilde_is_not_repaired()
    {
        var a = Decode(Encoding.UTF8.GetBytes(EncodingSamples.Portuguese));
        Assert.Equal("valid-utf8", a.EncodingReason);
        Assert.Contains("SÃO PAULO - A prefeitura anunciou na segunda-feira que NÃO vai reajustar", a.Body);
        Assert.Empty(a.Warnings);
    }

    [Fact]
    public void Euc_kr_still_decodes_by_the_hangul_rule()
    {
        var result = TextEncodingDetector.Decode(Encoding.GetEncoding(949).GetBytes(EncodingSamples.Korean), null);
        Assert.Equal("euc-kr", result.Decoded!.Encoding);
        Assert.Equal("heuristic-hangul", result.Decoded.EncodingReason);
        Assert.Equal(EncodingSamples.Korean, result.Decoded.Text);
        Assert.Empty(result.Decoded.Warnings);
    }

    [Fact]
    public void Gbk_chinese_is_no_longer_taken_for_korean()
    {
        var result = TextEncodingDetector.Decode(Encoding.GetEncoding(936).GetBytes(EncodingSamples.Chinese), null);
        Assert.Equal("charset-detector", result.Decoded!.EncodingReason);
        Assert.Equal(EncodingSamples.Chinese, result.Decoded.Text);
    }

    [Theory]
    [InlineData(1251, "windows-1251")]
    [InlineData(20866, "koi8-r")]
    [InlineData(28595, "iso-8859-5")]
    [InlineData(932, "shift_jis")]
    public void Non_latin_legacy_encodings_come_from_the_charset_detector(int codePage, string name)
    {
        var text = codePage == 932 ? EncodingSamples.Japanese : EncodingSamples.Russian;
        var result = TextEncodingDetector.Decode(Encoding.GetEncoding(codePage).GetBytes(text), null);
        Assert.Equal(name, result.Decoded!.Encoding);
        Assert.Equal("charset-detector", result.Decoded.EncodingReason);
        Assert.Equal(text, result.Decoded.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_bom_in_a_script_with_few_ascii_characters_is_decoded(bool bigEndian)
    {
        var bytes = new UnicodeEncoding(bigEndian, false).GetBytes(EncodingSamples.Chinese);
        var result = TextEncodingDetector.Decode(bytes, null);
        Assert.Equal(bigEndian ? "utf-16be" : "utf-16le", result.Decoded!.Encoding);
        Assert.Equal(EncodingSamples.Chinese, result.Decoded.Text);
    }

    [Fact]
    public void Binary_with_zero_bytes_on_one_side_is_still_rejected()
    {
        // Zero bytes only at odd offsets, but too few for the ASCII rule: decoded as UTF-16 it is not text.
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0) bytes[i] = 1;
            if (i % 2 == 1 && i % 20 == 1) bytes[i] = 0;
        }
        var decision = TestFiles.Decoder.Decode(bytes, "blob.bin", null);
        Assert.Equal(RejectionReasons.BinaryContent, decision.Reason);
    }

    [Fact]
    public void Heavily_damaged_utf8_is_still_rejected()
    {
        var clean = Encoding.UTF8.GetBytes(EncodingSamples.Korean);
        var damaged = new List<byte>();
        for (var i = 0; i < clean.Length; i++)
        {
            damaged.Add(clean[i]);
            if (i % 12 == 5) damaged.Add(0xFF);
        }
        var decision = TestFiles.Decoder.Decode(damaged.ToArray(), "seoul.txt", null);
        Assert.Equal(RejectionReasons.UndecodableText, decision.Reason);
    }

    [TeamSharedFact]
    public void The_wild_mojibake_newsletter_decodes_to_clean_text()
    {
        var path = Path.Combine(RepositoryPaths.TeamShared, "corpora", "wild-like", "20-mojibake-cp1252-original.txt");
        var bytes = File.ReadAllBytes(path);

        var decoded = TextEncodingDetector.Decode(bytes, null).Decoded!;
        Assert.Contains("Beijing’s new rules for food delivery apps, explained", decoded.Text);
        Assert.Contains("Issue 212 · February 27, 2024", decoded.Text);
        Assert.Contains("“Riders should not have to guess", decoded.Text);
        Assert.Contains("than yesterday,” said Zhang Wei", decoded.Text);
        Assert.Contains("— Tom Becker and Lin Qiao", decoded.Text);
        Assert.DoesNotContain("â€", decoded.Text);
        Assert.DoesNotContain("Â", decoded.Text);
        Assert.Contains(decoded.Warnings, w => w.StartsWith("repaired ", StringComparison.Ordinal));

        var a = TestFiles.Decoder.Decode(bytes, Path.GetFileName(path), null).Article!;
        Assert.Contains(a.Warnings, w => w.Contains("double-encoded", StringComparison.Ordinal));
        Assert.DoesNotContain("â€", a.Body + a.Headline);
    }
}
