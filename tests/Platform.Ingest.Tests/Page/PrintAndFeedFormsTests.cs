using System.Text;
using System.Text.Json;
using Platform.Ingest.Decoding;

namespace Platform.Ingest.Tests.Page;

/// <summary>
/// Forms met on real copies of articles: a JSON Feed item, a writer's name carrying a footnote mark, a layout file's slug
/// and a browser's print header (stamps of the copy, not of the story), a section path above the headline, a date
/// written with Basque case endings, and one name spelt with and without its marks.
/// </summary>
public sealed class PrintAndFeedFormsTests
{
    [Fact]
    public void A_json_feed_item_is_read_with_its_feed_title_as_the_outlet_and_an_extension_note()
    {
        var feed = new
        {
            version = "https://jsonfeed.org/version/1.1",
            title = "Kalahari Ledger — English edition",
            language = "en",
            items = new object[]
            {
                new Dictionary<string, object>
                {
                    ["id"] = "kl-0412",
                    ["title"] = "Ghanzi cattle post owners pool money for a shared borehole",
                    ["content_html"] = "<p>GHANZI — " + PageDumps.Body.Replace("\n", "</p><p>") + "</p>",
                    ["date_published"] = "2025-03-04T09:15:00+02:00",
                    ["authors"] = new[] { new { name = "Kagiso Molefe" } },
                    ["_kl"] = new { translation_notice = "This English text was produced by automatic translation software from our Setswana edition." },
                },
            },
        };
        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(feed)), "feed.json", "application/json");
        var a = decision.Article!;
        Assert.Equal("Ghanzi cattle post owners pool money for a shared borehole", a.Headline);
        Assert.Equal("Kalahari Ledger", a.Outlet);
        Assert.Equal(["Kagiso Molefe"], a.Authors.Select(x => x.Name));
        Assert.Equal("2025-03-04T09:15:00", a.Published!.Local);
        Assert.Contains(a.Notes, n => n.StartsWith("This English text was produced", StringComparison.Ordinal));
        Assert.Contains("fish market", a.Body);
    }

    [Fact]
    public void A_name_with_a_footnote_mark_under_the_headline_is_the_byline_not_the_headline()
    {
        var a = PageDumps.Read("FARM QUARTERLY\nNo. 12 · May 2025\nRANGELAND\nPort Tallis fish traders move to the ferry hall\nMarietjie van der Berg*\n" +
                               PageDumps.Body + "* This English text follows Marietjie van der Berg's original Afrikaans report.\n");
        Assert.Equal("Port Tallis fish traders move to the ferry hall", a.Headline);
        Assert.Equal(["Marietjie van der Berg"], a.Authors.Select(x => x.Name));
    }

    [Theory]
    [InlineData("PTH-0602-P07.indd 7 5/2/25 9:14 PM", "THURSDAY, 6 FEBRUARY 2025")]
    [InlineData("8/4/25, 11:52    Port Tallis closes its fish market | Harbour English", "6 February 2025")]
    public void A_layout_slug_or_print_header_is_not_the_publication_date(string stamp, string dateLine)
    {
        var a = PageDumps.Read(stamp + "\nHARBOUR LINES\n" + dateLine + "\nPort Tallis closes its fish market\nBy Ruth Adler\n" + PageDumps.Body);
        Assert.Equal("2025-02-06", a.Published!.Local[..10]);
    }

    [Fact]
    public void A_section_path_above_the_headline_is_not_the_headline()
    {
        var a = PageDumps.Read("HARBOUR LINES\nHome | News | Business\nCoast / Economy\nPort Tallis closes its fish market after two centuries\nJune 3, 2025\nBy Ruth Adler\n" + PageDumps.Body);
        Assert.Equal("Port Tallis closes its fish market after two centuries", a.Headline);
    }

    [Fact]
    public void A_date_with_basque_case_endings_is_read()
    {
        var a = PageDumps.Read("ITSASALDEA · English\nPort Tallis closes its fish market\nTestua: Miren Otxoa · Argazkiak: Iker Lasa\nAstelehena, 2025eko apirilaren 7a · 18:30\n" + PageDumps.Body);
        Assert.Equal("2025-04-07T18:30:00", a.Published!.Local);
        Assert.Equal(["Miren Otxoa"], a.Authors.Where(x => x.Role == "reporter").Select(x => x.Name));
    }

    [Fact]
    public void One_name_spelt_with_and_without_its_marks_is_one_author_in_its_fuller_spelling()
    {
        var draft = new ArticleDraft { Format = "html" };
        draft.AddAuthor(new Platform.Contracts.ArticleAuthor { Name = "Sione Tu'ipulotu", Role = "reporter" });
        draft.AddAuthor(new Platform.Contracts.ArticleAuthor { Name = "Sione Tuʻipulotu", Role = "reporter" });
        Assert.Equal(["Sione Tuʻipulotu"], draft.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_page_jump_in_print_text_is_closed_so_the_story_and_its_closing_credit_stay_one_article()
    {
        var a = PageDumps.Read("FARM FORTNIGHTLY · Issue dated 12.03.2025\nPort Tallis closes its fish market\nBy Ruth Adler\n" + PageDumps.Body +
                               "— continued on page 8\nFARM FORTNIGHTLY · Issue dated 12.03.2025\nFish market ...\ncontinued from page 7\n" +
                               "The board will meet the traders again in April to agree the rents for the new hall, a spokesman said.\n" +
                               "Tamil original by S. Senthil Raj; put into English by R. Kalaiselvi.\nALSO IN THIS ISSUE\nCoconut units in Pollachi p. 11\n");
        Assert.Contains("agree the rents", a.Body);
        Assert.Contains("Tamil original by S. Senthil Raj; put into English by R. Kalaiselvi.", a.Notes);
        Assert.DoesNotContain(a.Authors, x => x.Name.Contains("Issue", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_pdf_text_layer_that_keeps_its_header_line_is_text_not_a_binary_pdf()
    {
        var text = "%PDF-1.7 text layer — digest_41.pdf\nTitle: Selection No. 41\nProducer: LibreOffice 7.6\nCreated: 2024-10-07 18:02\n\n" +
                   "HARBOUR LINES\nPort Tallis closes its fish market\n3 October 2024\nBy Ruth Adler\n" + PageDumps.Body;
        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(text), "digest.txt", null);
        Assert.NotNull(decision.Article);
        Assert.NotEqual("2024-10-07", decision.Article!.Published?.Local[..10]);
    }

    [Fact]
    public void A_print_view_label_is_not_the_headline_nor_its_print_stamp_the_date()
    {
        var a = PageDumps.Read("HARBOUR LINES — printer-friendly version\nPrinted 17/10/2024 11:04 [ Print ] [ Close window ]\nBUSINESS\n" +
                               "Port Tallis closes its fish market. Traders want a say.\nBy Ruth Adler\nOct. 2, 2024\n" + PageDumps.Body);
        Assert.Equal("Port Tallis closes its fish market. Traders want a say.", a.Headline);
        Assert.Equal("2024-10-02", a.Published!.Local[..10]);
    }

    [Theory]
    [InlineData("Oleh KRAVCHUK", "Oleh KRAVCHUK")]
    [InlineData("Review by Lior Ben-Ami", "Lior Ben-Ami")]
    public void Bylines_of_a_ukrainian_first_name_and_a_review_credit(string line, string name) =>
        Assert.Equal([name], Platform.Ingest.Decoding.Text.BylineParser.TryParse(line)!.Authors.Select(x => x.Name));

    [Fact]
    public void A_photographer_credit_closing_a_caption_marks_the_caption()
    {
        var a = PageDumps.Read("LANKA LEDGER\nFishermen unload tuna at the harbour on Saturday. Pic by Nuwan Perera\nPort Tallis closes its fish market after two centuries\n12-03-2025\nBy Ruth Adler\n" + PageDumps.Body);
        Assert.Equal("Port Tallis closes its fish market after two centuries", a.Headline);
    }

    [Fact]
    public void A_possessive_place_in_the_site_chrome_sets_the_region_of_a_shared_zone_abbreviation()
    {
        var a = PageDumps.Read("THE COASTLINE\nIsrael's south-central coast, in English\nPort Tallis closes its fish market\nSunday, 9 February 2025 | 14:05 IST\nBy Ruth Adler\n" + PageDumps.Body);
        Assert.Equal(120, a.Published!.OffsetMinutes);
    }
}
