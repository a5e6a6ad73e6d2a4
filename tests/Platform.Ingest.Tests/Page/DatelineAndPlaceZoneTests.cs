namespace Platform.Ingest.Tests.Page;

/// <summary>A place in brackets after a time names its zone; a wire dateline dates a page that shows no other date.</summary>
public sealed class DatelineAndPlaceZoneTests
{
    [Theory]
    [InlineData("06/05/2025 · 14h32 (Lisbon)", "2025-05-06T14:32:00+01:00")]
    [InlineData("Thu 9 Jan 2025, 7:42 PM (Dubai)", "2025-01-09T19:42:00+04:00")]
    [InlineData("March 3, 2025 10:00 (Reuters)", "2025-03-03T10:00:00")]
    [InlineData("Mar 27, 2025 | 16:05 Beirut", "2025-03-27T16:05:00+02:00")]
    [InlineData("May 12, 2025, 11:30 (Astana time)", "2025-05-12T11:30:00+05:00")]
    [InlineData("March 3, 2025 10:00 Monday", "2025-03-03T10:00:00")]
    [InlineData("23 May 2024, 14:20 WEST", "2024-05-23T14:20:00+01:00")]
    public void A_place_the_zone_tables_know_in_brackets_or_right_after_the_time_gives_the_offset(string dateLine, string expected)
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nBy Ruth Adler\n" + dateLine + "\n" + PageDumps.Body);
        Assert.Equal(expected, a.Published!.ToIso8601());
    }

    [Fact]
    public void A_dateline_with_a_full_date_dates_a_page_without_another_date()
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nBy Ruth Adler\nPORT TALLIS, 18 Nov 2024 – " + PageDumps.Body);
        Assert.Equal("2024-11-18", a.Published!.ToIso8601());
        Assert.Equal("dateline", a.FieldEvidence["published"].Rule);
    }

    [Fact]
    public void A_date_line_under_the_headline_wins_over_the_dateline()
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nBy Ruth Adler\nJune 3, 2025\nPORT TALLIS, 18 Nov 2024 – " + PageDumps.Body);
        Assert.Equal("2025-06-03", a.Published!.ToIso8601());
    }
}
