using Platform.Ingest.Decoding;

namespace Platform.Ingest.Tests;

public class SampleArticleTests
{
    private static Platform.Contracts.ArticleDocument Sample()
    {
        var bytes = File.ReadAllBytes(TestFiles.SamplePath);
        var decision = TestFiles.Decoder.Decode(bytes, "sample-article.txt", "text/plain");
        Assert.Null(decision.Reason);
        Assert.NotNull(decision.Article);
        Assert.Equal(ArticleIdentity.FromContent(decision.Article!.Headline, decision.Article.Body), decision.ArticleId);
        return decision.Article;
    }

    [TeamSharedFact]
    public void Sample_headline_format_encoding_and_language()
    {
        var a = Sample();
        Assert.Equal("North's troop dispatch to Russia signals deepening cooperation, Unification Ministry says", a.Headline);
        Assert.Equal("text", a.Format);
        Assert.Equal("utf-8", a.Encoding);
        Assert.Equal("valid-utf8", a.EncodingReason);
        Assert.Equal("en", a.Language);
        Assert.Equal("sample-article.txt", a.FileName);
        Assert.Null(a.Dateline);
        Assert.Null(a.Url);
    }

    [TeamSharedFact]
    public void Sample_published_time_is_inferred_from_the_outlet_zone()
    {
        var p = Sample().Published!;
        Assert.Equal("19 Jun. 2025, 14:28", p.Raw);
        Assert.Equal("2025-06-19T14:28:00", p.Local);
        Assert.False(p.DateOnly);
        Assert.Equal(540, p.OffsetMinutes);
        Assert.Equal("outlet", p.OffsetSource);
        Assert.Equal("Asia/Seoul", p.TimeZone);
        Assert.Equal(new DateTimeOffset(2025, 6, 19, 5, 28, 0, TimeSpan.Zero), p.Utc);
    }

    [TeamSharedFact]
    public void Sample_outlet_and_obfuscated_byline()
    {
        var a = Sample();
        Assert.Equal("Korea JoongAng Daily", a.Outlet);
        var author = Assert.Single(a.Authors);
        Assert.Equal("Kim Eun-bin", author.Name);
        Assert.Null(author.Email);
        Assert.True(author.EmailObfuscated);
        Assert.Equal("reporter", author.Role);
        Assert.Equal("Korea JoongAng Daily", author.Affiliation);
    }

    [TeamSharedFact]
    public void Sample_body_is_the_nine_paragraphs_without_note_byline_or_chrome()
    {
        var a = Sample();
        Assert.Equal(9, a.Paragraphs.Count);
        Assert.StartsWith("The South Korean government believes", a.Paragraphs[0]);
        Assert.EndsWith("among its own people,” the official said.", a.Paragraphs[^1]);
        Assert.Equal(string.Join("\n\n", a.Paragraphs), a.Body);
        Assert.DoesNotContain("Translated", a.Body);
        Assert.DoesNotContain("BY KIM", a.Body);
        Assert.DoesNotContain("comments", a.Body);
        Assert.DoesNotContain("Published", a.Body);
        Assert.True(a.Body.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [TeamSharedFact]
    public void Sample_translation_note_goes_to_notes_and_site_chrome_to_removed()
    {
        var a = Sample();
        Assert.Equal(["Translated from the JoongAng Ilbo using generative AI and edited by Korea JoongAng Daily staff."], a.Notes);
        Assert.Contains(a.Removed, r => r.Text == "To write comments, please log in to one of the accounts." && r.Reason == "comments");
        Assert.Contains(a.Removed, r => r.Text.StartsWith("Standards Board Policy", StringComparison.Ordinal) && r.Reason == "comments");
    }

    [TeamSharedFact]
    public void Sample_decoded_twice_gives_the_same_article_id()
    {
        var bytes = File.ReadAllBytes(TestFiles.SamplePath);
        var first = TestFiles.Decoder.Decode(bytes, "a.txt", null);
        var withCrlf = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes).Replace("\n", "\r\n"));
        var second = TestFiles.Decoder.Decode(withCrlf, "b.txt", null);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.NotEqual(ArticleIdentity.SubmissionId(bytes), ArticleIdentity.SubmissionId(withCrlf));
    }
}
