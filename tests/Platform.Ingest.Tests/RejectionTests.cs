using System.Text;
using Platform.Ingest.Decoding;

namespace Platform.Ingest.Tests;

public class RejectionTests
{
    [Fact]
    public void Rejects_empty_file_with_reason()
    {
        var decision = TestFiles.Decoder.Decode([], "empty.txt", null);
        Assert.Equal("empty-file", decision.Reason);
        Assert.Equal("The file is empty (0 bytes).", decision.Detail);
        Assert.Null(decision.Article);
        Assert.Null(decision.ArticleId);
    }

    [Fact]
    public void Rejects_whitespace_only_file_as_empty()
    {
        Assert.Equal("empty-file", TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(" \r\n\t\n "), "blank.txt", null).Reason);
    }

    [Fact]
    public void Rejects_file_over_the_size_limit()
    {
        var decoder = new ArticleFileDecoder(new IngestOptions { MaxFileBytes = 100 });
        var decision = decoder.Decode(new byte[101], "big.txt", null);
        Assert.Equal("too-large", decision.Reason);
        Assert.Contains("101", decision.Detail);
    }

    [Fact]
    public void Rejects_binary_file_with_reason()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var decision = TestFiles.Decoder.Decode(bytes, "blob.bin", null);
        Assert.Equal("binary-content", decision.Reason);
    }

    [Fact]
    public void Rejects_pdf_by_signature_and_names_it()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        var decision = TestFiles.Decoder.Decode(bytes, "story.txt", "text/plain");
        Assert.Equal("binary-content", decision.Reason);
        Assert.Contains("PDF", decision.Detail);
    }

    [Fact]
    public void Rejects_menu_only_text_as_not_an_article()
    {
        var decision = TestFiles.DecodeFixture("menu-only.txt");
        Assert.Equal("not-an-article", decision.Reason);
        Assert.False(string.IsNullOrWhiteSpace(decision.Detail));
    }

    [Fact]
    public void Rejects_source_code_as_not_an_article()
    {
        var code = string.Join("\n", Enumerable.Range(0, 12).Select(i =>
            $"    public static int Compute{i}(int value) {{ var total = value * {i}; if (total > 10) {{ return total; }} return value; }}"));
        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(code), "Program.cs", "text/plain");
        Assert.Equal("not-an-article", decision.Reason);
        Assert.Contains("code", decision.Detail);
    }

    [Fact]
    public void Rejects_invalid_utf16_as_undecodable()
    {
        // A BOM promising UTF-16 followed by a lone high surrogate.
        var bytes = new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00 };
        Assert.Equal("undecodable-text", TestFiles.Decoder.Decode(bytes, "x.txt", null).Reason);
    }

    [Fact]
    public void Decoder_is_safe_to_share_between_threads()
    {
        var bytes = TestFiles.Fixture("korea-times-two-reporters.txt");
        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid?>();
        Parallel.For(0, 16, _ => ids.Add(TestFiles.Decoder.Decode(bytes, "k.txt", null).ArticleId));
        Assert.Single(ids.Distinct());
        Assert.NotNull(ids.First());
    }
}
