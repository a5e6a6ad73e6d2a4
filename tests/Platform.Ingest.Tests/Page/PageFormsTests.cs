using System.Text;
using Platform.Contracts;
using Platform.Ingest.Decoding.Text;
using Platform.Ingest.Decoding.Time;

namespace Platform.Ingest.Tests.Page;

/// <summary>Page forms first met in blind batches 19 and 20 (invented outlets and people).</summary>
public sealed class PageFormsTests
{
    private const string Body = PageDumps.Body;

    private static ArticleDocument Read(string page) => PageDumps.Read(page);

    [Theory]
    [InlineData("14 de março de 2025, 10h32 (hora de Maputo)", "Africa/Maputo")]
    [InlineData("June 3, 2024, 10:00 (Bishkek time)", "Asia/Bishkek")]
    [InlineData("5 mai 2024 10:00 (heure de Paris)", "Europe/Paris")]
    [InlineData("10 July 2024 10:00 hora local de Lima", "America/Lima")]
    [InlineData("Friday Buenos Aires time 10:00", "America/Argentina/Buenos_Aires")]
    [InlineData("Saturday 8 November 2025, 09:15 (Cabo Verde time)", "Atlantic/Cape_Verde")]
    [InlineData("19/10/2026 16:20 (Rabat time)", "Africa/Casablanca")]
    [InlineData("3 March 2025 10:00 (Islamabad time)", "Asia/Karachi")]
    [InlineData("Published 14.07.2025 05:50 (ECT)", "America/Guayaquil")]
    [InlineData("3 March 2025 18:00 BOT", "America/La_Paz")]
    [InlineData("March 3, 2025 6:00 p.m. NST", "America/St_Johns")]
    public void A_place_named_with_time_is_looked_up_in_the_tz_database(string text, string zone)
    {
        Assert.Equal(zone, ZoneNames.Find(text, out _)!.TimeZone);
    }

    [Theory]
    [InlineData("May 2 2024 10:00 Christmas time")]
    [InlineData("Meeting at Davis time")]
    public void Holidays_and_research_stations_are_not_places(string text) => Assert.Null(ZoneNames.Find(text, out _));

    [Fact]
    public void A_place_beside_a_numeric_offset_still_makes_a_date_line()
    {
        var mention = DateLineRecognizer.TryRead("First published: 03.06.2024, 11:05 (Baku, GMT+4)")!.Single();
        Assert.Equal(240, mention.Date.Zone!.OffsetMinutes);
        Assert.Equal(DateLineRecognizer.Published, DateLineRecognizer.TryRead("Republished 9 August 2024")!.Single().Kind);
    }

    [Fact]
    public void A_newsletter_takes_its_issue_date_when_the_story_shows_none()
    {
        var a = Read("View this email in your browser\nTHE HARBOUR LETTER\nIssue #87 · Friday 21 February 2025\nHello, and welcome back.\n" +
                     "This week's lead story comes from a reporter we have wanted to work with for a long time, and it is about a market.\n" +
                     "— Dana, editor\n────────────\nLEAD STORY\nHarbour board votes to close the old fish market\nWords by Daniel Reyes\n" + Body);
        Assert.Equal("2025-02-21", a.Published!.Local);
    }

    [Fact]
    public void A_json_response_pasted_with_a_request_line_is_read_as_json()
    {
        var json = "{\"status\":\"ok\",\"fetched_at\":\"2024-12-04T03:12:55Z\",\"item\":{\"title\":\"Harbour board votes to close the old fish market\"," +
                   "\"byline\":\"Reporting by Daniel Reyes; Editing by Ana Lima\",\"firstCreated\":\"2024-11-18T10:42:00+06:00\"," +
                   "\"versionCreated\":\"2024-11-18T12:10:31+06:00\",\"body_text\":" + System.Text.Json.JsonSerializer.Serialize(Body) + "}}";
        var a = Read("GET /v2/items/88123  ->  200 OK  (application/json)\n" + json + "\n");
        Assert.Equal("json", a.Format);
        Assert.Equal("Harbour board votes to close the old fish market", a.Headline);
        Assert.Equal("2024-11-18T10:42:00", a.Published!.Local);
        Assert.Equal(360, a.Published.OffsetMinutes);
        Assert.Contains(a.Authors, x => x.Name == "Daniel Reyes" && x.Role == "reporter");
    }

    [Fact]
    public void A_short_json_snippet_in_a_text_page_does_not_take_the_page_over()
    {
        var a = Read("Harbour board votes to close the old fish market\n{\"widget\":\"poll\",\"title\":\"Vote now\"}\n" + Body);
        Assert.Equal("text", a.Format);
    }

    [Theory]
    [InlineData("By Nadia Calloway, São Paulo correspondent", new[] { "Nadia Calloway" })]
    [InlineData("By Carla Mendes and Ray Doucette Staff Writers", new[] { "Carla Mendes", "Ray Doucette" })]
    [InlineData("Haber: Kadir Yazıcıoğlu - Rize", new[] { "Kadir Yazıcıoğlu" })]
    [InlineData("Автор: Нино Беридзе", new[] { "Нино Беридзе" })]
    [InlineData("Reporting: CELESTINO MABUNDA (Costa Índica)", new[] { "Celestino Mabunda" })]
    public void Bylines_in_other_forms(string line, string[] names)
    {
        Assert.Equal(names, BylineParser.TryParse(line)!.Authors.Select(a => a.Name));
    }

    [Fact]
    public void A_translator_credited_inside_a_byline_keeps_the_translator_role()
    {
        var authors = BylineParser.TryParse("Words by Ainur Tleubayeva, translated by Saule Nurpeisova")!.Authors;
        Assert.Equal([("Ainur Tleubayeva", "reporter"), ("Saule Nurpeisova", "translator")], authors.Select(a => (a.Name, a.Role)));
    }

    [Theory]
    [InlineData("Redacção JB")]
    [InlineData("Report Finds Rising Rents")]
    public void Newsroom_desks_and_headlines_are_not_persons(string line) =>
        Assert.DoesNotContain(BylineParser.TryParse(line)?.Authors ?? [], a => a.Role == "reporter");
    // Batches 21 and 22.

    [Fact]
    public void A_date_line_opening_with_the_day_is_not_a_numbered_list_item()
    {
        var a = Read("Skip to content\nRegion\nHarbour board votes to close the old fish market\n" +
                     "Some traders have received nothing at all; others say the first offers would not pay for a new stall.\n" +
                     "Authors: Daniel Reyes, Ana Lima\n14 October 2024, 06:45 CEST · Updated 2 hours ago\n" + Body);
        Assert.Equal("Harbour board votes to close the old fish market", a.Headline);
        Assert.Equal("2024-10-14T06:45:00", a.Published!.Local);
    }

    [Fact]
    public void An_editors_note_above_the_headline_is_kept_and_does_not_start_the_body()
    {
        var a = Read("Skip to content\nNote from the editors: This article was translated from Polish with the help of an AI language tool and checked by our English desk.\n" +
                     "Region\nHarbour board votes to close the old fish market\nBy Daniel Reyes\n" + Body);
        Assert.Equal("Harbour board votes to close the old fish market", a.Headline);
        Assert.StartsWith("The harbour board", a.Body);
        Assert.Contains(a.Notes, n => n.StartsWith("Note from the editors", StringComparison.Ordinal));
    }

    [Fact]
    public void A_live_page_takes_its_own_headline_not_the_latest_entry()
    {
        var a = Read("News\nLIVE\nHarbour storm live: ferries stop as the old fish market floods\nBy Daniel Reyes and Ana Lima\n" +
                     "First published on Fri 15 Nov 2024 07.02 CET\nUpdated 3 min ago\nKey events\n09.41 Ferries stop for the day\n08.15 Market floods\n" +
                     "Show key events only\n09.41 CET\nFerries stop for the day\n" + Body);
        Assert.Equal("Harbour storm live: ferries stop as the old fish market floods", a.Headline);
    }

    [Fact]
    public void The_standfirst_under_a_headline_does_not_push_the_headline_away()
    {
        var a = Read("Menu\nCITY\nHarbour board votes to close the old fish market after two centuries\nTraders in the old quay say the rent freeze will not save their stalls\n" +
                     "26 February 2025, 11:40 AM GMT+6 · Updated 3 hours ago\nStalls on the quay on Tuesday. Photo: Lena Marsh\n" + Body);
        Assert.Equal("Harbour board votes to close the old fish market after two centuries", a.Headline);
    }

    [Theory]
    [InlineData("प्रकाशित: 12 अगस्त 2024, 08:15 PM (IST)", "2024-08-12T20:15:00")]
    [InlineData("Publikováno 21. 5. 2024 14:10", "2024-05-21T14:10:00")]
    [InlineData("14 listopadu 2024", "2024-11-14")]
    public void Month_names_and_labels_of_other_languages_are_read(string line, string local)
    {
        var mention = DateLineRecognizer.TryRead(line)!.Single();
        Assert.Equal(local, mention.Date.DateOnly ? mention.Date.Local.ToString("yyyy-MM-dd") : mention.Date.Local.ToString("yyyy-MM-ddTHH:mm:ss"));
    }

    [Theory]
    [InlineData("रिपोर्ट: अंकिता शुक्ला | नगर समाचार, लखनऊ", new[] { "अंकिता शुक्ला" })]
    [InlineData("Reporting by Elena Stojanovska in Skopje and Bujar Rexhepi in Ohrid; Editing by Mark Dolan", new[] { "Elena Stojanovska", "Bujar Rexhepi", "Mark Dolan" })]
    public void Names_in_scripts_without_case_and_writers_with_their_places(string line, string[] names) =>
        Assert.Equal(names, BylineParser.TryParse(line)!.Authors.Select(a => a.Name));

    [Fact]
    public void A_sign_off_by_editors_names_editors_not_writers()
    {
        var authors = BylineParser.TryParse("— Nermin and Ana, editors")!.Authors;
        Assert.All(authors, a => Assert.Equal("editor", a.Role));
    }

    [Fact]
    public void A_name_and_a_translation_note_on_one_line_are_read_apart()
    {
        var a = Read("OSTRAVA\nHarbour board votes to close the old fish market\nJana HORÁKOVÁ · Machine-translated from Czech\n21. 5. 2024 14:10\n" + Body);
        Assert.Contains(a.Authors, x => x.Name.Equals("Jana Horáková", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Machine-translated from Czech", a.Notes);
        Assert.Equal("2024-05-21T14:10:00", a.Published!.Local);
    }

    [Fact]
    public void A_bracketed_translation_note_in_the_body_is_a_note_not_a_caption()
    {
        var a = Read("Harbour board votes to close the old fish market\nBy Daniel Reyes\n" +
                     "The harbour board in Port Tallis voted on Monday to close the old fish market on the quay, ending a trade that has run there for almost two centuries.\n" +
                     "[Translated from Roznama Sahil]\n" + Body);
        Assert.Contains("[Translated from Roznama Sahil]", a.Notes);
    }

    [Fact]
    public void A_dotted_legal_form_does_not_cut_the_copyright_owner()
    {
        var a = Read("Harbour board votes to close the old fish market\nBy Daniel Reyes\n" + Body + "© 2024 Harbour Courier a.s. | Cookies | Contact\n");
        Assert.Equal("Harbour Courier", a.Outlet);
    }

    [Fact]
    public void A_notice_field_of_a_json_article_is_a_note()
    {
        var json = "{\"title\":\"Harbour board votes to close the old fish market\",\"notice\":\"This article was translated from Japanese by an automatic translation system.\",\"body\":" +
                   System.Text.Json.JsonSerializer.Serialize(Body) + "}";
        var a = Read(json);
        Assert.Contains("This article was translated from Japanese by an automatic translation system.", a.Notes);
    }
    // Batches 23 and 24.

    [Theory]
    [InlineData("By Karim Saade, Staff Writer", "Karim Saade")]
    [InlineData("Mwandishi: Neema Mushi", "Neema Mushi")]
    [InlineData("Original author: Yared Alemu", "Yared Alemu")]
    [InlineData("Deur Ilse van der Merwe", "Ilse van der Merwe")]
    [InlineData("Ni Joy Marie Cabahug", "Joy Marie Cabahug")]
    public void More_byline_labels(string line, string name) => Assert.Equal(name, BylineParser.TryParse(line)!.Authors.Single().Name);

    [Fact]
    public void A_byline_and_a_translation_note_parted_by_a_bar_are_both_kept()
    {
        var a = Read("Harbour board votes to close the old fish market\nMwandishi: Neema Mushi | Translated from Kiswahili with the help of AI and edited by our staff\n" + Body);
        Assert.Equal(["Neema Mushi"], a.Authors.Select(x => x.Name));
        Assert.Contains("Translated from Kiswahili with the help of AI and edited by our staff", a.Notes);
    }

    [Fact]
    public void A_republication_kicker_naming_the_outlet_is_not_part_of_the_headline()
    {
        var a = Read("News\nFrom L'Écho du Port: Harbour board votes to close the old fish market\nBy Daniel Reyes\n" + Body);
        Assert.Equal("Harbour board votes to close the old fish market", a.Headline);
    }

    [Fact]
    public void A_bracketed_language_version_note_is_a_note()
    {
        var a = Read("Harbour board votes to close the old fish market\nBy Daniel Reyes\n" +
                     "The harbour board in Port Tallis voted on Monday to close the old fish market on the quay, ending a trade that has run there for almost two centuries.\n" +
                     "[English version of a Hasken Sahel report.]\n" + Body);
        Assert.Contains("[English version of a Hasken Sahel report.]", a.Notes);
    }
    // Batches 25 and 26.

    [Fact]
    public void An_email_newsletter_is_published_when_it_was_sent()
    {
        var a = Read("From: Harbour Letter <hello@harbour.example>\nTo: you\nSubject: Harbour Letter #212: the market\nDate: Fri, 12 Jul 2024 06:30:00 +1200\n" +
                     "ISSUE 212 · Friday 12 July 2024\nLEAD STORY\nHarbour board votes to close the old fish market\nBy Daniel Reyes\n" + Body);
        Assert.Equal("2024-07-12T06:30:00", a.Published!.Local);
        Assert.Equal(720, a.Published.OffsetMinutes);
    }

    [Fact]
    public void A_printed_from_stamp_is_not_the_publication_time()
    {
        var a = Read("Printed from harbour.example on 12/06/2025 9:14 a.m.\nHarbour board votes to close the old fish market\nBy Daniel Reyes\n" +
                     "First published: 3:20pm Tuesday 10 June 2025 (NZST)\n" + Body);
        Assert.Equal("2025-06-10T15:20:00", a.Published!.Local);
        Assert.Equal(720, a.Published.OffsetMinutes);
    }

    [Theory]
    [InlineData("le 7 novembre 2024 à 6 h 45 HNE", -300)]
    [InlineData("7 novembre 2024, 14 h 05 HAE", -240)]
    public void Canadian_french_times_and_zones(string line, int offset)
    {
        var date = Platform.Ingest.Decoding.Time.DateTextParser.Parse(line)!;
        Assert.False(date.DateOnly);
        Assert.Equal(offset, date.Zone!.OffsetMinutes);
    }

    [Theory]
    [InlineData("Mele Fuimaono, Pacific Journalist", "Mele Fuimaono")]
    [InlineData("Bài: Phạm Thị Hồng Nhung", "Phạm Thị Hồng Nhung")]
    public void Name_with_a_described_title_and_vietnamese_labels(string line, string name) =>
        Assert.Equal(name, BylineParser.TryParse(line)!.Authors.Single().Name);
    [Theory]
    [InlineData("Posted by Aroha Ngata", "Aroha Ngata")]
    [InlineData("Posted on 22 May 2024 by Helena Wikström", "Helena Wikström")]
    public void Blog_bylines(string line, string name) => Assert.Equal(name, BylineParser.TryParse(line)!.Authors.Single().Name);

    [Fact]
    public void A_heading_between_dashes_is_not_a_sign_off() => Assert.Null(BylineParser.TryParse("— LEAD STORY —"));

    [Fact]
    public void A_language_original_citation_is_a_note()
    {
        var a = Read("Harbour board votes to close the old fish market\nBy Daniel Reyes\nSpanish original: Revista del Puerto, n.º 212 (mayo de 2024), pp. 14-17\n" + Body);
        Assert.Contains("Spanish original: Revista del Puerto, n.º 212 (mayo de 2024), pp. 14-17", a.Notes);
    }
}
