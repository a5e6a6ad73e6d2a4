using Platform.Ingest.Decoding;

namespace Platform.Ingest.Tests;

public class ArticleIdentityTests
{
    [Fact]
    public void Same_content_with_different_whitespace_gets_the_same_id()
    {
        var a = ArticleIdentity.FromContent("  A  headline ", "Body  text\n\nsecond paragraph ");
        var b = ArticleIdentity.FromContent("A headline", "Body text second paragraph");
        Assert.Equal(a, b);
    }

    [Fact]
    public void Case_and_headline_change_the_id()
    {
        var a = ArticleIdentity.FromContent("A headline", "Body text");
        Assert.NotEqual(a, ArticleIdentity.FromContent("a headline", "Body text"));
        Assert.NotEqual(a, ArticleIdentity.FromContent(null, "Body text"));
    }

    [Fact]
    public void Composed_and_decomposed_text_get_the_same_id()
    {
        Assert.Equal(ArticleIdentity.FromContent("Café", "é"), ArticleIdentity.FromContent("Cafe\u0301", "e\u0301"));
    }

    [Fact]
    public void Submission_id_is_lowercase_sha256_hex_of_the_bytes()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ArticleIdentity.SubmissionId("abc"u8));
    }
}
