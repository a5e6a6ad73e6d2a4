using System.Text;

namespace Platform.Ingest.Tests;

/// <summary>
/// The invented look-alike of the sample article (same shape: headline, "Published:" line, body with quotes, the
/// translation note, an all-caps byline with an obfuscated e-mail, the outlet line and comment chrome), read without the
/// team folder, so a clone's plain <c>dotnet test</c> covers the sample's shape.
/// </summary>
public sealed class SampleLookalikeTests
{
    private static Platform.Contracts.ArticleDocument Read()
    {
        var path = Path.Combine(RepositoryPaths.Fixtures, "translated-daily-lookalike.txt");
        var decision = TestFiles.Decoder.Decode(File.ReadAllBytes(path), "translated-daily-lookalike.txt", null);
        Assert.True(decision.Article is not null, $"{decision.Reason}: {decision.Detail}");
        return decision.Article!;
    }

    [Fact]
    public void Headline_time_byline_and_outlet_are_read()
    {
        var a = Read();
        Assert.Equal("Harbour city's ferry deal with island province signals closer ties, Maritime Ministry says", a.Headline);
        Assert.Equal("2025-03-07T10:05:00", a.Published!.Local);
        var author = Assert.Single(a.Authors);
        Assert.Equal("Lena Marsh", author.Name);
        Assert.True(author.EmailObfuscated);
        Assert.Equal("Tallis Harbour Daily", a.Outlet);
    }

    [Fact]
    public void The_translation_note_is_a_note_and_the_comment_chrome_is_not_body()
    {
        var a = Read();
        Assert.Contains("Translated from the Tallis Ilbo using generative AI and edited by Tallis Harbour Daily staff.", a.Notes);
        Assert.DoesNotContain("Translated from", a.Body);
        Assert.DoesNotContain("log in", a.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(8, a.Paragraphs.Count);
    }
}
