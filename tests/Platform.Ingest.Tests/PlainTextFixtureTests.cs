namespace Platform.Ingest.Tests;

public class PlainTextFixtureTests
{
    [Fact]
    public void Two_capitalized_reporters_with_affiliation_line_and_trailing_most_popular()
    {
        var a = TestFiles.Article("korea-times-two-reporters.txt");
        Assert.Equal("Seoul city expands late-night bus routes to cover new industrial parks", a.Headline);
        Assert.Equal("Korea Times", a.Outlet);
        Assert.Equal(["Park Min-ji", "Lee Jae-sung"], a.Authors.Select(x => x.Name));
        Assert.All(a.Authors, x => Assert.Equal("Korea Times", x.Affiliation));
        Assert.All(a.Authors, x => Assert.Equal("reporter", x.Role));
        Assert.True(a.Authors[1].EmailObfuscated);
        Assert.Equal(5, a.Paragraphs.Count);
        Assert.StartsWith("The Seoul Metropolitan Government", a.Body);
        Assert.EndsWith("until the end of next year.", a.Body);
        Assert.Equal(["This article was originally written in Korean and translated into English by Papago, with edits by Korea Times staff."], a.Notes);
        Assert.Contains(a.Removed, r => r.Text == "NATIONAL" && r.Reason == "navigation");
        Assert.Contains(a.Removed, r => r.Text == "Most Popular" && r.Reason == "navigation");
        Assert.Contains(a.Removed, r => r.Text == "Rain expected across central regions this weekend");
        Assert.Contains(a.Removed, r => r.Reason == "copyright" && r.Text.StartsWith("Copyright (c) 2023", StringComparison.Ordinal));
        Assert.DoesNotContain("Actor returns", a.Body);

        Assert.Equal("2023-11-07T09:05:00", a.Published!.Local);
        Assert.Equal("outlet", a.Published.OffsetSource);
        Assert.Equal(540, a.Published.OffsetMinutes);
        Assert.Equal("2023-11-07T11:40:00", a.Modified!.Local);
        Assert.Equal("7 Nov. 2023, 11:40", a.Modified.Raw);
    }

    [Fact]
    public void Time_first_date_uses_the_outlet_zone_from_the_url_line()
    {
        var a = TestFiles.Article("guardian-time-first.txt");
        Assert.Equal("Guardian", a.Outlet);
        Assert.Equal("https://www.theguardian.com/environment/2021/mar/03/coastal-towns-flood-defence-fund", a.Url);
        Assert.Equal("17:40 March 3, 2021", a.Published!.Raw);
        Assert.Equal("2021-03-03T17:40:00", a.Published.Local);
        Assert.Equal(0, a.Published.OffsetMinutes);
        Assert.Equal("outlet", a.Published.OffsetSource);
        Assert.Equal("Europe/London", a.Published.TimeZone);
        Assert.Equal(["Sean O'Brien", "Amy McDonald"], a.Authors.Select(x => x.Name));
        Assert.Equal(4, a.Paragraphs.Count);
        Assert.DoesNotContain("Storm damage bill", a.Body);
        Assert.DoesNotContain("Share this article", a.Body);
        Assert.Contains(a.Removed, r => r.Text == "Related stories" && r.Reason == "navigation");
    }

    [Fact]
    public void Stated_zone_wins_and_names_beginning_with_by_are_not_mangled()
    {
        var a = TestFiles.Article("stated-edt-byrne.txt");
        Assert.Null(a.Outlet);
        Assert.Equal("2025-06-19T14:28:00", a.Published!.Local);
        Assert.Equal(-240, a.Published.OffsetMinutes);
        Assert.Equal("stated", a.Published.OffsetSource);
        Assert.Equal("America/New_York", a.Published.TimeZone);
        Assert.Equal(new DateTimeOffset(2025, 6, 19, 18, 28, 0, TimeSpan.Zero), a.Published.Utc);
        Assert.Equal(2, a.Authors.Count);
        Assert.Equal("Rachel Byrne", a.Authors[0].Name);
        Assert.Equal("rachel.byrne@example.com", a.Authors[0].Email);
        Assert.False(a.Authors[0].EmailObfuscated);
        Assert.Equal("Byun Hye-jin", a.Authors[1].Name);
        Assert.Null(a.Authors[1].Email);
        Assert.Equal(5, a.Paragraphs.Count);
    }

    [Fact]
    public void Published_line_first_and_section_label_before_headline()
    {
        var a = TestFiles.Article("published-first-section-label.txt");
        Assert.Equal("Lawmakers clash over proposal to lower voting age to 16", a.Headline);
        Assert.Contains(a.Removed, r => r.Text == "Politics" && r.Reason == "navigation");
        Assert.Equal("2023-11-07T09:05:00", a.Published!.Local);
        Assert.Equal(540, a.Published.OffsetMinutes);
        Assert.Equal("stated", a.Published.OffsetSource);
        var reporter = Assert.Single(a.Authors);
        Assert.Equal("Choi Ji-woo", reporter.Name);
        Assert.Equal("choi.jiwoo@example.kr", reporter.Email);
        Assert.Equal(4, a.Paragraphs.Count);
        Assert.StartsWith("Ruling and opposition lawmakers", a.Body);
    }

    [Fact]
    public void Article_without_a_title_line_has_no_headline_and_no_date()
    {
        var a = TestFiles.Article("no-headline-body-only.txt");
        Assert.Null(a.Headline);
        Assert.Null(a.Published);
        Assert.Null(a.Outlet);
        Assert.Empty(a.Authors);
        Assert.Equal(3, a.Paragraphs.Count);
    }

    [Fact]
    public void Notes_before_and_after_the_body_are_kept_and_prose_about_translation_stays_in_body()
    {
        var a = TestFiles.Article("notes-editor-correction.txt");
        Assert.Equal("Village school keeps its doors open with just nine pupils", a.Headline);
        Assert.Equal(
        [
            "Editor's note: This is the second of a three-part series on rural schools facing closure.",
            "Correction: An earlier version of this story misstated the distance to the nearest larger school.",
            "Translated by Mina Lee (mina [at] example [dot] com)",
        ], a.Notes);
        Assert.Contains("had translated its newsletters into Vietnamese", a.Body);
        Assert.Equal(4, a.Paragraphs.Count);
        var translator = a.Authors.Single(x => x.Role == "translator");
        Assert.Equal("Mina Lee", translator.Name);
        Assert.Null(translator.Email);
        Assert.True(translator.EmailObfuscated);
        var reporter = a.Authors.Single(x => x.Role == "reporter");
        Assert.Equal("Jang Do-hyun", reporter.Name);
        Assert.Equal("Korea JoongAng Daily", reporter.Affiliation);
        Assert.Equal("Korea JoongAng Daily", a.Outlet);
        Assert.Equal("Asia/Seoul", a.Published!.TimeZone);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined_and_stated_cet_is_used()
    {
        var a = TestFiles.Article("hard-wrapped-dw.txt");
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.Equal("Berlin's public transport company has started testing driverless shuttle buses on two suburban routes, carrying passengers for the first time without a safety driver on board.", a.Paragraphs[0]);
        Assert.Equal("Deutsche Welle", a.Outlet);
        var author = Assert.Single(a.Authors);
        Assert.Equal("Lena Vogt", author.Name);
        Assert.Equal("lena.vogt@example.com", author.Email);
        Assert.Equal("2023-11-04T16:45:00", a.Published!.Local);
        Assert.Equal(60, a.Published.OffsetMinutes);
        Assert.Equal("stated", a.Published.OffsetSource);
        Assert.Equal("Europe/Berlin", a.Published.TimeZone);
    }

    [Fact]
    public void Korean_portal_article_with_korean_byline_and_copyright_outlet()
    {
        var a = TestFiles.Article("korean-portal.txt");
        Assert.Equal("ko", a.Language);
        Assert.Equal("[사회] 폭염에 전력 수요 사상 최대…정부 \"수급 문제 없어\"", a.Headline);
        Assert.Equal("JoongAng Ilbo", a.Outlet);
        Assert.Equal("2024-08-20T14:35:00", a.Published!.Local);
        Assert.Equal("outlet", a.Published.OffsetSource);
        Assert.Equal(540, a.Published.OffsetMinutes);
        Assert.Equal("2024-08-20T16:02:00", a.Modified!.Local);
        var reporter = Assert.Single(a.Authors);
        Assert.Equal("김민수", reporter.Name);
        Assert.Equal("kim.minsu@example.kr", reporter.Email);
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.Contains(a.Removed, r => r.Reason == "copyright" && r.Text.StartsWith("ⓒ 중앙일보", StringComparison.Ordinal));
    }
}
