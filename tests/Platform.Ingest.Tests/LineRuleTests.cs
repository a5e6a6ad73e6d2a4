using Platform.Ingest.Decoding.Text;
using Platform.Ingest.Decoding.Time;

namespace Platform.Ingest.Tests;

public class LineRuleTests
{
    [Theory]
    [InlineData("19 Jun. 2025, 14:28", "2025-06-19T14:28:00", null)]
    [InlineData("2023. 11. 7. 09:05", "2023-11-07T09:05:00", null)]
    [InlineData("17:40 March 3, 2021", "2021-03-03T17:40:00", null)]
    [InlineData("12.10.2016 08:15 (Moscow time)", "2016-10-12T08:15:00", 180)]
    [InlineData("Monday 3 March 2021 06:30 GMT", "2021-03-03T06:30:00", 0)]
    [InlineData("June 19, 2025 2:28 PM KST", "2025-06-19T14:28:00", 540)]
    [InlineData("2025-06-19T14:28:00+09:00", "2025-06-19T14:28:00", 540)]
    [InlineData("2025-06-19T05:28:00Z", "2025-06-19T05:28:00", 0)]
    [InlineData("Thursday, June 19, 2025, 1:28 a.m. EDT", "2025-06-19T01:28:00", -240)]
    [InlineData("2024년 3월 5일 오후 2시 20분", "2024-03-05T14:20:00", null)]
    [InlineData("Sept. 4, 2024 9:00 CEST", "2024-09-04T09:00:00", 120)]
    [InlineData("Jan. 9, 2024 6:05 p.m. ET", "2024-01-09T18:05:00", -300)]
    [InlineData("Last Updated: Monday, 3 March 2021, 06:30 GMT", "2021-03-03T06:30:00", 0)]
    public void Parses_news_date_styles(string raw, string local, int? offset)
    {
        var parsed = DateTextParser.Parse(raw)!;
        Assert.Equal(local, parsed.Local.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(parsed.DateOnly);
        Assert.Equal(offset, parsed.Zone?.OffsetMinutes ?? (parsed.Zone?.TimeZone is { } tz ? PublishedTimeResolver.OffsetIn(tz, parsed.Local) : null));
    }

    [Theory]
    [InlineData("Published: 2023-11-07T09:05:00+09:00", "published", "2023-11-07T09:05:00+09:00")]
    [InlineData("Last Updated: Monday, 3 March 2021, 06:30 GMT", "modified", "Monday, 3 March 2021, 06:30 GMT")]
    [InlineData("입력 2023. 11. 7. 09:05", "published", "2023. 11. 7. 09:05")]
    [InlineData("Posted on June 19, 2025", "published", "June 19, 2025")]
    [InlineData("Jun. 19, 2025 2:28 PM KST", "published", "Jun. 19, 2025 2:28 PM KST")]
    public void Reads_labelled_and_bare_date_lines(string line, string kind, string raw)
    {
        var mention = Assert.Single(DateLineRecognizer.TryRead(line)!);
        Assert.Equal(kind, mention.Kind);
        Assert.Equal(raw, mention.Raw);
    }

    [Fact]
    public void Reads_published_and_updated_on_one_line()
    {
        var mentions = DateLineRecognizer.TryRead("Published : Mar 3, 2024 - 15:20  Updated : Mar 3, 2024 - 16:05")!;
        Assert.Equal(["published", "modified"], mentions.Select(m => m.Kind));
        Assert.Equal(15, mentions[0].Date.Local.Hour);
        Assert.Equal(16, mentions[1].Date.Local.Hour);
    }

    [Theory]
    [InlineData("Updated figures released on June 3, 2024 show a rise in exports.")]
    [InlineData("Published in 2019, the report found that most schools lacked heating.")]
    public void Prose_mentioning_dates_is_not_a_date_line(string line) => Assert.Null(DateLineRecognizer.TryRead(line));

    [Fact]
    public void Outlet_zone_follows_daylight_saving()
    {
        var winter = PublishedTimeResolver.Resolve("x", DateTextParser.Parse("5 Jan. 2024, 10:00")!, "America/New_York");
        var summer = PublishedTimeResolver.Resolve("x", DateTextParser.Parse("5 Jul. 2024, 10:00")!, "America/New_York");
        Assert.Equal(-300, winter.OffsetMinutes);
        Assert.Equal(-240, summer.OffsetMinutes);
        Assert.Equal("outlet", summer.OffsetSource);
    }

    [Fact]
    public void Date_without_outlet_or_zone_has_no_offset()
    {
        var p = PublishedTimeResolver.Resolve("x", DateTextParser.Parse("5 Jan. 2024, 10:00")!, null);
        Assert.Equal("none", p.OffsetSource);
        Assert.Null(p.Utc);
        Assert.Null(p.OffsetMinutes);
        Assert.Null(p.TimeZone);
    }

    [Theory]
    [InlineData("KIM EUN-BIN", "Kim Eun-bin")]
    [InlineData("PARK MIN-JI", "Park Min-ji")]
    [InlineData("BYUN HYE-JIN", "Byun Hye-jin")]
    [InlineData("SEAN O'BRIEN", "Sean O'Brien")]
    [InlineData("AMY MCDONALD", "Amy McDonald")]
    [InlineData("JEAN-PIERRE DUBOIS", "Jean-Pierre Dubois")]
    [InlineData("Anna van der Berg", "Anna van der Berg")]
    public void Normalizes_names_from_capitals(string raw, string expected) => Assert.Equal(expected, PersonNameCase.Normalize(raw));

    [Theory]
    [InlineData("By the end of the year, the ministry plans to hire 300 inspectors.")]
    [InlineData("By contrast, exports to Europe rose.")]
    [InlineData("By 2030 the city wants every bus to be electric.")]
    public void Sentences_starting_with_by_are_not_bylines(string line) => Assert.Null(BylineParser.TryParse(line));

    [Fact]
    public void Korean_reporter_byline_with_email()
    {
        var author = BylineParser.TryParse("홍길동 기자 hong.gd@example.kr")!.Authors.Single();
        Assert.Equal("홍길동", author.Name);
        Assert.Equal("hong.gd@example.kr", author.Email);
        Assert.Equal("reporter", author.Role);
    }

    [Fact]
    public void Several_emails_in_one_bracket_go_to_the_names_in_order()
    {
        var authors = BylineParser.TryParse("BY YOON SO-YEON, BAEK JI-HYUN [yoon@example.com, baek@example.com]")!.Authors;
        Assert.Equal(["Yoon So-yeon", "Baek Ji-hyun"], authors.Select(a => a.Name));
        Assert.Equal(["yoon@example.com", "baek@example.com"], authors.Select(a => a.Email));
    }

    [Fact]
    public void Wire_credit_line_gives_reporters_contributors_and_editors()
    {
        var authors = BylineParser.TryParse("Reporting by Hana Park and Joon Lee; Additional reporting by Mia Sato; Editing by Tom Reed")!.Authors;
        Assert.Equal(["Hana Park", "Joon Lee", "Mia Sato", "Tom Reed"], authors.Select(a => a.Name));
        Assert.Equal(["reporter", "reporter", "contributor", "editor"], authors.Select(a => a.Role));
    }

    [Fact]
    public void Translator_credit_naming_the_language_inside_a_byline_keeps_the_writer()
    {
        var authors = BylineParser.TryParse("By Odile Fenelus, translated from Haitian Creole by Jean-Rony Alcé | March 3, 2026, 9:10 a.m. EST")!.Authors;
        Assert.Equal(["Odile Fenelus", "Jean-Rony Alcé"], authors.Select(a => a.Name));
        Assert.Equal(["reporter", "translator"], authors.Select(a => a.Role));
    }

    [Fact]
    public void Bare_name_with_bracketed_contact_is_a_byline()
    {
        var author = BylineParser.TryParse("KIM EUN-BIN [[email protected]]")!.Authors.Single();
        Assert.Equal("Kim Eun-bin", author.Name);
        Assert.True(author.EmailObfuscated);
        Assert.Null(BylineParser.TryParse("Seoul Station [closed]"));
    }

    [Fact]
    public void Agency_byline_is_an_agency_not_a_person()
    {
        var b = BylineParser.TryParse("By Yonhap")!;
        Assert.Equal("agency", b.Authors.Single().Role);
        Assert.Equal("Yonhap", b.Authors.Single().Name);
    }

    [Fact]
    public void Translated_and_edited_bylines_carry_roles()
    {
        Assert.Equal("translator", BylineParser.TryParse("Translated by Mina Lee")!.Authors.Single().Role);
        Assert.Equal("editor", BylineParser.TryParse("Edited by Tom Reed")!.Authors.Single().Role);
    }

    [Theory]
    [InlineData("Translated from the JoongAng Ilbo using generative AI and edited by Korea JoongAng Daily staff.")]
    [InlineData("This article was machine-translated with DeepL and reviewed by our editors.")]
    [InlineData("[This story originally appeared in Korean in the Hankyoreh.]")]
    [InlineData("Editor's note: Names have been changed to protect sources.")]
    [InlineData("Correction: The mayor's name was misspelled in an earlier version.")]
    [InlineData("Read the original article in Japanese.")]
    [InlineData("This story has been updated with comment from the ministry.")]
    [InlineData("The article was translated by generative AI from the Korean-language JoongAng Ilbo and edited by Korea JoongAng Daily staff.")]
    [InlineData("AI-assisted translation, reviewed by the news desk.")]
    [InlineData("This article was originally published in the Hankyoreh.")]
    [InlineData("The writer is a professor of economics at Hanbit University.")]
    [InlineData("Yonhap contributed to this report.")]
    [InlineData("translated from Icelandic")]
    [InlineData("About Harbour Ledger English: Stories in this edition are translated from our Malay edition with an AI tool and checked by our editors.")]
    public void Recognizes_note_lines(string line) => Assert.True(NoteRecognizer.IsNote(line));

    [Theory]
    [InlineData("The ministry said the documents had been translated into English by a team of volunteers working through the night, and that copies would be sent to every embassy in the capital by Friday.")]
    [InlineData("\"We translated the manual ourselves,\" the engineer said.")]
    [InlineData("Officials said the program would expand next year.")]
    [InlineData("The book was translated into 30 languages.")]
    [InlineData("The ministry will submit a corrected budget to parliament next week.")]
    [InlineData("This story is one that many families know well.")]
    [InlineData("AI chips made up half of the company's exports last quarter.")]
    [InlineData("generated by AI from")]
    [InlineData("translation, said the")]
    [InlineData("About Harbour Ledger: Harbour Ledger was founded in 1998 and is owned by its readers.")]
    public void Body_prose_about_translation_is_not_a_note(string line) => Assert.False(NoteRecognizer.IsNote(line));

    [Theory]
    [InlineData("To write comments, please log in to one of the accounts.", "comments")]
    [InlineData("Standards Board Policy (0/250자)", "comments")]
    [InlineData("Most Popular", "navigation")]
    [InlineData("More in North Korea", "navigation")]
    [InlineData("Related Article", "navigation")]
    [InlineData("Home > National > Politics", "navigation")]
    [InlineData("Copyright (c) 2025 Example Herald. All rights reserved.", "copyright")]
    [InlineData("(END)", "end-marker")]
    [InlineData("Advertisement", "site-boilerplate")]
    public void Classifies_site_chrome(string line, string reason) => Assert.Equal(reason, BoilerplateRecognizer.Classify(line));
}
