using System.Text;
using Platform.Contracts;
using Xunit;

namespace Platform.Ingest.Tests.Page;

/// <summary>Whole pages dumped as text (invented stories and outlets): the reader finds the article among the chrome.</summary>
public sealed class PageTextReaderTests
{
    private const string Body = PageDumps.Body;

    private static ArticleDocument Read(string page) => PageDumps.Read(page);

    [Fact]
    public void Headline_after_menus_sign_in_and_a_numbered_most_popular_list_is_found()
    {
        var a = Read("Skip to main content\nTALLIS COURIER\nNews | Sport | Business | Opinion\nSign in   Subscribe\nMost Popular\n" +
                     "1 Storm closes ferry route for third day\n2 Council approves new bus lanes\n3 Pier cafe wins award\n" +
                     "Harbour board votes to close the old fish market\nBy Daniel Reyes\nPublished: 4 March 2025, 09:12\n" + Body +
                     "Related Articles\nFerry fares rise again\n");
        Assert.Equal("Harbour board votes to close the old fish market", a.Headline);
        Assert.Equal("2025-03-04T09:12:00", a.Published!.Local);
        Assert.Equal(["Daniel Reyes"], a.Authors.Select(x => x.Name));
        Assert.DoesNotContain("Storm closes", a.Body);
        Assert.DoesNotContain("Ferry fares", a.Body);
        Assert.True(a.FieldEvidence.ContainsKey("headline"));
        Assert.Equal("Harbour board votes to close the old fish market", a.FieldEvidence["headline"].Source);
        Assert.True(a.FieldEvidence.ContainsKey("published"));
    }

    [Fact]
    public void A_caption_before_the_headline_and_a_repeated_headline_are_not_the_body()
    {
        var a = Read("Traders at dawn on the quay in Port Tallis. Photo: Lena Marsh\nHarbour board votes to close the old fish market\n" +
                     "Harbour board votes to close the old fish market\nMarch 4, 2025\n" + Body);
        Assert.Equal("Harbour board votes to close the old fish market", a.Headline);
        Assert.StartsWith("The harbour board", a.Body);
        Assert.Equal("2025-03-04", a.Published!.Local);
    }

    [Fact]
    public void A_translation_prefix_and_quotation_marks_are_not_part_of_the_headline()
    {
        var a = Read("Steppe Letters\nTranslation: \"The market that outlived the empire\"\nTranslated by Anna Welk\n" + Body);
        Assert.Equal("The market that outlived the empire", a.Headline);
    }

    [Fact]
    public void A_bracketed_translation_kicker_leaves_the_headline_and_stays_a_note()
    {
        var a = Read("HARBOUR SHIMPO DIGITAL\n[Auto-translated from Japanese] Ferry pier reopens a year after the storm\n" +
                     "2025-03-12 10:00 JST\nHarbour Shimpo / Coast Bureau — Reporter: TANAKA Emi\n" + Body);
        Assert.Equal("Ferry pier reopens a year after the storm", a.Headline);
        Assert.Contains("Auto-translated from Japanese", a.Notes);
        Assert.Equal(["TANAKA Emi"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_deck_above_the_writers_names_is_not_the_headline()
    {
        var a = Read("GULL BAY JOURNAL\nPORTS & SHIPPING\nFerry captains ask the harbour board for a berth of their own\n" +
                     "Skippers say crowded quays and new inspection rules have slowed the island crossings since spring\n" +
                     "Ana María Ruiz and Tomás Reed-Lund\nPublished: 12 March 2025, 11:20 AM (GMT)\n" + Body);
        Assert.Equal("Ferry captains ask the harbour board for a berth of their own", a.Headline);
    }

    [Fact]
    public void A_subtitle_fused_to_the_headline_is_cut_off()
    {
        var a = Read("Menu\nThe Last Market How a harbour town lost its oldest trade without a single vote of its people\nBy Daniel Reyes\n" + Body);
        Assert.Equal("The Last Market", a.Headline);
    }

    [Fact]
    public void A_capture_stamp_at_the_top_is_not_the_publication_time_and_updated_is_kept_apart()
    {
        var a = Read("Sunday, 14 April 2013\nHome | World | Business\nHarbour board votes to close the old fish market\n" +
                     "Published: 9 April 2013 18:04 BST | Last updated: 10 April 2013 07:12 BST\n" + Body);
        Assert.Equal("2013-04-09T18:04:00", a.Published!.Local);
        Assert.Equal(60, a.Published.OffsetMinutes);
        Assert.NotNull(a.Modified);
        Assert.Equal("2013-04-10T07:12:00", a.Modified!.Local);
    }

    [Fact]
    public void Only_a_relative_time_gives_no_publication_time()
    {
        var a = Read("Latest news\n6H AGO\nHarbour board votes to close the old fish market\n" + Body);
        Assert.Null(a.Published);
    }

    [Fact]
    public void A_reblog_takes_its_own_posted_date_not_the_copied_source_date()
    {
        var a = Read("Quay Notes\nReblogged from The Tallis Reader:\nHarbour board votes to close the old fish market\nApril 12, 2019\n" + Body +
                     "Posted on April 14, 2019 by quaynotes\nShare this: Twitter Facebook\n");
        Assert.Equal("2019-04-14", a.Published!.Local);
    }

    [Fact]
    public void A_store_date_prefix_glued_to_the_first_line_is_removed()
    {
        var a = Read(" date 2023-05-09 Harbour board votes to close the old fish market\nPublished: 7:00am, 8 May 2023\n" + Body);
        Assert.Equal("Harbour board votes to close the old fish market", a.Headline);
        Assert.Equal("2023-05-08T07:00:00", a.Published!.Local);
        Assert.Contains(a.Removed, r => r.Reason == "store-date");
    }

    [Theory]
    [InlineData("Published 12 September 2024 at 4:02 p.m. ET", "2024-09-12T16:02:00-04:00")]
    [InlineData("Published 12 January 2024 at 4:02 p.m. ET", "2024-01-12T16:02:00-05:00")]
    [InlineData("Source: Pacific Desk | 18 Sep 2019 | 3:24 pm (NZT)", "2019-09-18T15:24:00+12:00")]
    [InlineData("Source: Pacific Desk | 18 Jan 2019 | 3:24 pm (NZT)", "2019-01-18T15:24:00+13:00")]
    [InlineData("05/08/2024 19h47 (Brasília time)", "2024-08-05T19:47:00-03:00")]
    [InlineData("Published 12 March 2024 at 07:30 (Paris time)", "2024-03-12T07:30:00+01:00")]
    public void Named_zones_resolve_to_the_offset_of_that_date(string dateLine, string expected)
    {
        var a = Read("Harbour board votes to close the old fish market\n" + dateLine + "\n" + Body);
        var p = a.Published!;
        Assert.Equal(expected, $"{p.Local}{(p.OffsetMinutes is { } m ? (m < 0 ? "-" : "+") + TimeSpan.FromMinutes(Math.Abs(m)).ToString(@"hh\:mm") : "")}");
    }

    [Fact]
    public void Paragraphs_glued_without_a_space_are_separated_and_bylines_glued_to_them_split_off()
    {
        var a = Read("Harbour board votes to close the old fish market\n" +
                     "The board met for three hours.Traders waited outside in the rain for the vote, which came just after noon.By Daniel Reyes and Ana Lutz\n" + Body);
        Assert.Contains("hours. Traders", a.Body);
        Assert.Equal(["Daniel Reyes", "Ana Lutz"], a.Authors.Where(x => x.Role == "reporter").Select(x => x.Name));
    }

    [Fact]
    public void A_credit_line_is_read_per_credit_and_an_agency_alone_is_not_a_person()
    {
        var a = Read("Harbour board votes to close the old fish market\nBy Marina Quental · Translated by Daniel Foss\n" + Body);
        Assert.Contains(a.Authors, x => x.Name == "Marina Quental" && x.Role == "reporter");
        Assert.Contains(a.Authors, x => x.Name == "Daniel Foss" && x.Role == "translator");

        var wire = Read("Harbour board votes to close the old fish market\nAuthor: TALLIS NEWS AGENCY\n" + Body);
        Assert.DoesNotContain(wire.Authors, x => x.Role == "reporter");
    }

    [Fact]
    public void On_an_aggregator_the_full_item_is_the_article_and_items_are_not_merged()
    {
        var a = Read("Latest news with #Harbours\nThe Tallis Courier\na day ago\nHarbour board votes to close the old fish market\n" + Body +
                     "Coastal Weekly\n3 days ago\nFerry operator adds night services\nThe operator of ferries on the bay will add evening services on Fridays from next month...\n");
        Assert.Equal("Harbour board votes to close the old fish market", a.Headline);
        Assert.DoesNotContain("evening services", a.Body);
        Assert.Null(a.Published);
    }

    [Fact]
    public void Raw_html_after_a_line_of_capture_text_is_read_as_html()
    {
        var html = "MIRROR.EXAMPLE\n<!DOCTYPE html><html><head><title>Harbour board votes to close the old fish market</title>" +
                   "<meta property=\"article:published_time\" content=\"2024-01-16T08:15:00+01:00\"></head><body><h1>Harbour board votes to close the old fish market</h1>" +
                   string.Concat(Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>")) + "</body></html>";
        var a = Read(html);
        Assert.Equal("html", a.Format);
        Assert.Equal("Harbour board votes to close the old fish market", a.Headline);
        Assert.Equal(60, a.Published!.OffsetMinutes);
    }

    [Fact]
    public void A_newsletter_greeting_above_a_rule_does_not_swallow_the_top_story()
    {
        var a = Read("From: Harbour Letter\nSubject: Night ferry stays | Morning Letter, 4 March\nMORNING LETTER\nTuesday, 4 March 2025\n" +
                     "Good morning. Today: the night ferry survives the winter cuts, a new pier opens and the fish market moves.\n" +
                     "— The Harbour Letter team\n________________________________________\nTOP STORY\n" +
                     "Harbour board votes to close the old fish market\nBy Daniel Reyes\n" + Body +
                     "________________________________________\nIN BRIEF\nFerry fares rise again from April.\n");
        Assert.Equal("Harbour board votes to close the old fish market", a.Headline);
        Assert.Equal(["Daniel Reyes"], a.Authors.Where(x => x.Role != "agency").Select(x => x.Name));
        Assert.DoesNotContain("Good morning", a.Body);
    }

    [Fact]
    public void The_date_inside_a_note_about_the_original_is_not_the_pages_date()
    {
        var a = Read("TALLIS COURIER\nHarbour board votes to close the old fish market\n12.03.2025 um 06:00\n" +
                     "Originally published in German: \"Der alte Fischmarkt\". Anna Berger. Tallis Zeitung. 8 Mar 2025\n" + Body);
        Assert.Equal("2025-03-12T06:00:00", a.Published!.Local);
    }

    [Fact]
    public void The_date_on_a_line_crediting_the_original_is_not_the_pages()
    {
        var a = Read("THE IBERIAN LETTER\nHarbour board votes to close the old fish market\nSource: O Correio do Sul, 2 October 2024\n" +
                     "Published 5 October 2024\n" + Body);
        Assert.Equal("2024-10-05", a.Published!.Local);
    }

    [Fact]
    public void A_translated_from_kicker_is_not_part_of_the_headline() =>
        Assert.Equal("Harbour board votes to close the old fish market",
            Platform.Ingest.Decoding.Page.HeadlineCleaner.Clean("TRANSLATED FROM PORTUGUESE — Harbour board votes to close the old fish market", new HashSet<string>()));

    [Fact]
    public void A_newsletters_story_title_below_its_greeting_paragraphs_is_the_headline()
    {
        var a = Read("View this email in your browser\nTHE PENINSULA LETTER · MORNING BRIEF\nTuesday, March 18, 2025\n" +
                     "Good morning. Today: a ferry board that changed its mind, a pier reopens, and the weather for the week.\n" +
                     "Forwarded this email? Sign up here, it is free and it arrives every weekday morning.\nTOP STORY\n" +
                     "Harbour board votes to close the old fish market\nBy Daniel Reyes\n" + Body);
        Assert.Equal("Harbour board votes to close the old fish market", a.Headline);
    }
}
