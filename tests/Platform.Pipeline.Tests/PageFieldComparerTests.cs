using Platform.Cli.Evaluation;
using Platform.Contracts;
using Xunit;

namespace Platform.Pipeline.Tests;

/// <summary>The page scorer compares fields as the truth schema says.</summary>
public sealed class PageFieldComparerTests
{
    [Theory]
    [InlineData("Beijingâ€™s new rules for food delivery apps, explained", "Beijing’s new rules for food delivery apps, explained", true)]
    [InlineData("Lisbon's tram 28 is a ride, not a commute. Residents want it back.", "Lisbon’s tram 28 is a ride, not a commute. Residents want it back", true)]
    [InlineData("The Quiet Evictions", "The Quiet", false)]
    public void Headlines_compare_after_normalising(string truth, string actual, bool same) =>
        Assert.Equal(same, PageFieldComparer.SameHeadline(truth, actual));

    [Fact]
    public void A_missing_headline_is_right_only_when_the_truth_has_none()
    {
        Assert.True(PageFieldComparer.SameHeadline(null, null));
        Assert.False(PageFieldComparer.SameHeadline(null, "Home Archive About"));
    }

    [Fact]
    public void Published_with_a_zone_is_the_same_instant_and_without_one_the_same_local_time()
    {
        var stated = new PublishedTime
        {
            Raw = "x", Local = "2024-09-12T16:02:00", OffsetMinutes = -240, OffsetSource = "stated",
            Utc = new DateTimeOffset(2024, 9, 12, 20, 2, 0, TimeSpan.Zero),
        };
        Assert.True(PageFieldComparer.SamePublished("2024-09-12T16:02:00-04:00", stated));
        Assert.False(PageFieldComparer.SamePublished("2024-09-12T16:02:00-05:00", stated));
        Assert.True(PageFieldComparer.SamePublished("2024-09-12T16:02:00", stated));
        Assert.True(PageFieldComparer.SamePublished("2024-09-12", stated));
        Assert.False(PageFieldComparer.SamePublished(null, stated));
    }

    [Fact]
    public void Authors_are_a_case_insensitive_set_of_writers()
    {
        ArticleAuthor[] authors =
        [
            new() { Name = "Seo Min-ji", Role = "reporter" },
            new() { Name = "Odile Marsh", Role = "translator" },
            new() { Name = "Kestrel News", Role = "agency" },
        ];
        Assert.True(PageFieldComparer.SameAuthors(["SEO MIN-JI"], PageFieldComparer.WriterNames(authors)));
        Assert.False(PageFieldComparer.SameAuthors(["Seo Min-ji", "Odile Marsh"], PageFieldComparer.WriterNames(authors)));
    }
}
