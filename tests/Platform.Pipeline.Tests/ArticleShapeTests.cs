using System.Text.Json;
using Platform.Contracts;

namespace Platform.Pipeline.Tests;

/// <summary>One article shape on the wire and one JSON definition of it.</summary>
public sealed class ArticleShapeTests
{
    private static ArticleDocument Article() => new()
    {
        Format = "text",
        Encoding = "utf-8",
        EncodingReason = "valid-utf8",
        Headline = "Ferry timetable changes",
        Body = "First paragraph of the story.\n\nSecond paragraph, with more.",
        Published = new PublishedTime { Raw = "3 June 2025, 20:20", Local = "2025-06-03T20:20:00", Utc = new DateTimeOffset(2025, 6, 3, 13, 50, 0, TimeSpan.Zero), OffsetMinutes = 390, OffsetSource = "stated" },
    };

    [Fact]
    public void The_body_travels_once_and_its_paragraphs_are_read_from_it()
    {
        var article = Article();

        var json = JsonSerializer.Serialize(article, ArticleJson.Stored);

        Assert.Equal(["First paragraph of the story.", "Second paragraph, with more."], article.Paragraphs);
        Assert.DoesNotContain("paragraphs", json, StringComparison.OrdinalIgnoreCase);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "Second paragraph"));
    }

    [Fact]
    public void A_changed_body_changes_the_paragraphs_and_an_empty_body_has_none()
    {
        Assert.Equal(["Only one."], (Article() with { Body = "Only one." }).Paragraphs);
        Assert.Empty((Article() with { Body = "" }).Paragraphs);
    }

    [Fact]
    public void The_stored_json_reads_back_to_the_same_article()
    {
        var article = Article();

        var back = JsonSerializer.Deserialize<ArticleDocument>(JsonSerializer.Serialize(article, ArticleJson.Stored), ArticleJson.Stored)!;

        Assert.Equal(article.Body, back.Body);
        Assert.Equal(article.Headline, back.Headline);
        Assert.Equal(article.Published, back.Published);
    }

    [Theory]
    [InlineData("2025-06-03T20:20:00", false, 390, "2025-06-03T20:20:00+06:30")]
    [InlineData("2025-06-03T20:20:00", false, null, "2025-06-03T20:20:00")]
    [InlineData("2025-06-03", true, null, "2025-06-03")]
    [InlineData("2025-06-03T00:00:00", true, 120, "2025-06-03")]
    public void A_published_time_is_written_as_iso_8601_with_its_offset_when_known(string local, bool dateOnly, int? offset, string expected)
    {
        var utc = offset is { } minutes ? new DateTimeOffset(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromMinutes(minutes)).ToUniversalTime() : (DateTimeOffset?)null;
        var time = new PublishedTime { Raw = local, Local = local, DateOnly = dateOnly, Utc = utc, OffsetMinutes = offset, OffsetSource = offset is null ? "none" : "stated" };

        Assert.Equal(expected, time.ToIso8601());
    }
}
