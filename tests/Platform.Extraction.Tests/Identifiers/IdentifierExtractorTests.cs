using Platform.Extraction.Identifiers;

namespace Platform.Extraction.Tests.Identifiers;

public sealed class IdentifierExtractorTests
{
    private static readonly IdentifierExtractor Extractor = new();

    [Theory]
    [InlineData("Readers can reach the desk at tips@harbor-gazette.example for corrections.", "email", "tips@harbor-gazette.example")]
    [InlineData("The full ruling is at https://courts.example.org/rulings/2024/117.", "url", "https://courts.example.org/rulings/2024/117")]
    [InlineData("More on www.harbor-gazette.example/ferries, the paper said.", "url", "www.harbor-gazette.example/ferries")]
    [InlineData("Follow @harbor_gazette for updates.", "handle", "@harbor_gazette")]
    [InlineData("Call the hotline on +82 2 1234 5678 before noon.", "phone", "+82 2 1234 5678")]
    public void Finds_identifier_with_value(string text, string kind, string value)
    {
        var id = Assert.Single(Extractor.Extract(text, "body"));
        Assert.Equal(kind, id.Kind);
        Assert.Equal(value, id.Value);
        Assert.False(id.Obfuscated);
        Assert.Equal(value, text[id.Start..id.End]);
        Assert.Equal("body", id.Location);
    }

    [Theory]
    [InlineData("BY MARA OKONJO [[email protected]]", "[email protected]")]
    [InlineData("Write to tips [at] harbor-gazette [dot] example with leads.", "tips [at] harbor-gazette [dot] example")]
    [InlineData("Write to tips (at) harbor-gazette (dot) example with leads.", "tips (at) harbor-gazette (dot) example")]
    public void Reports_obfuscated_emails_without_value(string text, string written)
    {
        var id = Assert.Single(Extractor.Extract(text, "byline"));
        Assert.Equal("email", id.Kind);
        Assert.True(id.Obfuscated);
        Assert.Null(id.Value);
        Assert.Equal(written, text[id.Start..id.End]);
        Assert.Equal("byline", id.Location);
    }

    [Fact]
    public void Does_not_read_an_email_domain_as_a_handle()
    {
        var ids = Extractor.Extract("Send files to photo.desk@gazette.example or ask @gazette_photo.", "body");
        Assert.Equal(["email", "handle"], ids.Select(i => i.Kind));
        Assert.Equal(["photo.desk@gazette.example", "@gazette_photo"], ids.Select(i => i.Value));
    }

    [Fact]
    public void Finds_nothing_in_plain_prose()
    {
        Assert.Empty(Extractor.Extract("The ministry said the talks at 10 a.m. went well, at least for now.", "body"));
    }

    [TeamSharedFact]
    public void Finds_nothing_in_the_sample_body()
    {
        Assert.Empty(Extractor.Extract(SampleArticleText(), "body"));
    }

    private static string SampleArticleText() => Platform.Extraction.Tests.Dates.SampleArticle.Body;
}
