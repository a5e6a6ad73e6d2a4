namespace Platform.Ingest.Tests;

public class WireStyleTests
{
    [Fact]
    public void Yonhap_dateline_is_split_from_body_and_version_tag_stripped()
    {
        var a = TestFiles.Article("yonhap-lead-wire.txt");
        Assert.Equal("Coast guard rescues 12 fishermen after trawler capsizes off Jeju", a.Headline);
        Assert.Equal("SEOUL, Aug. 14 (Yonhap)", a.Dateline);
        Assert.StartsWith("The coast guard rescued all 12 crew members", a.Body);
        Assert.Equal("Yonhap", a.Outlet);
        var agency = Assert.Single(a.Authors);
        Assert.Equal("Yonhap", agency.Name);
        Assert.Equal("agency", agency.Role);
        Assert.Contains(a.Removed, r => r.Text == "(END)" && r.Reason == "end-marker");
        Assert.Equal("2024-08-14T16:02:00", a.Published!.Local);
        Assert.Equal("Asia/Seoul", a.Published.TimeZone);
        Assert.Equal("outlet", a.Published.OffsetSource);
        Assert.Equal(5, a.Paragraphs.Count);
    }

    [Fact]
    public void Dateline_month_and_day_give_the_date_when_no_published_line()
    {
        var a = TestFiles.Article("yonhap-dateline-date-only.txt");
        Assert.Equal("SEOUL, Sept. 2 (Yonhap)", a.Dateline);
        Assert.True(a.Published!.DateOnly);
        Assert.Equal("2024-09-02", a.Published.Local);
        Assert.Equal("Sept. 2", a.Published.Raw);
        Assert.Null(a.Published.Utc);
        var reporter = Assert.Single(a.Authors);
        Assert.Equal("Kim Hae-won", reporter.Name);
        Assert.Equal("reporter", reporter.Role);
        Assert.Equal("Yonhap", reporter.Affiliation);
        Assert.Equal("hwkim@example.co.kr", reporter.Email);
        Assert.Equal("Yonhap", a.Outlet);
        Assert.DoesNotContain("(END)", a.Body);
    }

    [Fact]
    public void Tass_slashed_dateline_and_moscow_time()
    {
        var a = TestFiles.Article("tass-moscow-time.txt");
        Assert.Equal("MOSCOW, October 12. /TASS/", a.Dateline);
        Assert.Equal("TASS", a.Outlet);
        Assert.StartsWith("A new grain terminal", a.Body);
        Assert.Equal("2016-10-12T08:15:00", a.Published!.Local);
        Assert.Equal(180, a.Published.OffsetMinutes);
        Assert.Equal("stated", a.Published.OffsetSource);
        Assert.Equal("Europe/Moscow", a.Published.TimeZone);
    }

    [Fact]
    public void Dateline_alone_on_its_line_is_not_taken_for_a_headline()
    {
        var text = "Police search for hikers missing on Mount Jiri\nSEOUL, Oct. 5 (Yonhap) --\nRescue teams searched the slopes of Mount Jiri on Saturday for two hikers who failed to return from an overnight trip, police said.\nThe hikers, both in their 50s, last contacted relatives on Friday evening from a shelter near the summit.\n(END)";
        var a = TestFiles.Decoder.Decode(System.Text.Encoding.UTF8.GetBytes(text), "wire.txt", null).Article!;
        Assert.Equal("Police search for hikers missing on Mount Jiri", a.Headline);
        Assert.Equal("SEOUL, Oct. 5 (Yonhap)", a.Dateline);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.StartsWith("Rescue teams searched", a.Body);
    }
}
