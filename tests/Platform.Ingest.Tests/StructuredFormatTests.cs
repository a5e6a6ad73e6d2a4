using System.Text;

namespace Platform.Ingest.Tests;

public class StructuredFormatTests
{
    [Fact]
    public void Json_ld_news_article_inside_graph()
    {
        var a = TestFiles.Article("jsonld-graph.json");
        Assert.Equal("json", a.Format);
        Assert.Equal("Hawker centre upgrades to include solar roofs and rainwater tanks", a.Headline);
        Assert.Equal("Straits Times", a.Outlet);
        Assert.Equal("https://www.straitstimes.com/singapore/hawker-centre-upgrades-solar", a.Url);
        Assert.Equal("en", a.Language);
        Assert.Equal(["Tan Wei Ling", "Arjun Menon"], a.Authors.Select(x => x.Name));
        Assert.Equal("weiling.tan@example.sg", a.Authors[0].Email);
        Assert.Equal("2024-05-08T07:30:00", a.Published!.Local);
        Assert.Equal(480, a.Published.OffsetMinutes);
        Assert.Equal("stated", a.Published.OffsetSource);
        Assert.Equal("Asia/Singapore", a.Published.TimeZone);
        Assert.Equal("2024-05-08T10:15:00", a.Modified!.Local);
        Assert.Equal(3, a.Paragraphs.Count);
    }

    [Fact]
    public void A_translation_extension_object_names_the_original_outlet_as_a_source_credit()
    {
        const string json = """
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "Harbour Ledger | Regional",
              "items": [{
                "title": "Oyster farmers move their racks after a warm summer",
                "date_published": "2025-02-03T08:00:00+09:00",
                "_translation": { "note": "This article was translated from Korean with an AI tool and edited by our staff.", "source": "Donghae Ilbo (동해일보)", "source_lang": "ko" },
                "content_text": "Oyster farmers along the bay have begun moving their racks into deeper water after a summer in which the sea stayed warm into October.\n\nThe cooperative said about a third of its members had moved so far."
              }]
            }
            """;
        var a = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(json), "feed.json", "application/json").Article!;
        Assert.Equal(["Source: Donghae Ilbo (동해일보)", "This article was translated from Korean with an AI tool and edited by our staff."], a.Notes);
    }

    [Fact]
    public void An_api_response_keeps_the_note_of_its_translation_object_and_no_photographer_as_author()
    {
        const string json = """
            {
              "status": "ok",
              "data": {
                "headline": "Salt pans reopen on the lagoon after a wet winter",
                "authors": [{ "name": "Marta Quintela", "role": "reporter" }, { "name": "Rui Baptista", "role": "staff photographer" }],
                "published_at": "2025-04-02T07:00:00+01:00",
                "translation": {
                  "is_machine_translated": true,
                  "note": "Machine-translated from Portuguese. The Portuguese version published by Jornal da Ria is the authoritative text.",
                  "original_url": "https://jornaldaria.example/sal/1201"
                },
                "body_text": "Salt workers returned to the pans on the lagoon this week after a winter of heavy rain kept them flooded.\n\nThe cooperative said the first harvest would come in late June."
              }
            }
            """;
        var a = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(json), "article.json", "application/json").Article!;
        Assert.Equal(["Marta Quintela"], a.Authors.Select(x => x.Name));
        Assert.Equal(["Machine-translated from Portuguese. The Portuguese version published by Jornal da Ria is the authoritative text."], a.Notes);
    }

    [Fact]
    public void Simple_json_object_with_string_and_object_authors_and_a_note_in_the_body()
    {
        var a = TestFiles.Article("simple-object.json");
        Assert.Equal("Ferry service to remote islands resumes after typhoon repairs", a.Headline);
        Assert.Equal("Japan Times", a.Outlet);
        Assert.Equal("Sato Kenji", a.Authors[0].Name);
        Assert.Equal("reporter", a.Authors[0].Role);
        Assert.Equal("Emily Clarke", a.Authors[1].Name);
        Assert.Equal("translator", a.Authors[1].Role);
        Assert.Equal("2025-09-03T06:50:00", a.Published!.Local);
        Assert.Equal("outlet", a.Published.OffsetSource);
        Assert.Equal("Asia/Tokyo", a.Published.TimeZone);
        Assert.Equal(540, a.Published.OffsetMinutes);
        Assert.Equal(["This article was first published in Japanese and translated with the help of AI."], a.Notes);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void Json_notes_as_list_or_object_and_a_two_name_author_string()
    {
        const string json = """
            {
              "title": "Museum returns looted bronze bell to temple",
              "date": "2024-06-02T11:00:00+09:00",
              "byline": "KIM EUN-BIN and Lee Ha-jung",
              "notes": ["Translated by Hannah Cho."],
              "editorNote": { "text": "Editor's note: The temple asked that its location not be published." },
              "text": ["A national museum on Sunday returned a bronze bell to the mountain temple it was taken from nearly a century ago, ending years of negotiations.", "Monks held a ceremony as the bell was lifted back into its pavilion, where it will be rung on holidays."]
            }
            """;
        var a = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(json), null, "application/json").Article!;
        Assert.Equal("Museum returns looted bronze bell to temple", a.Headline);
        Assert.Equal(["Kim Eun-bin", "Lee Ha-jung"], a.Authors.Select(x => x.Name));
        Assert.Equal(["Translated by Hannah Cho.", "Editor's note: The temple asked that its location not be published."], a.Notes);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Equal("stated", a.Published!.OffsetSource);
        Assert.Null(a.FileName);
    }

    [Fact]
    public void Html_page_uses_meta_tags_and_moves_chrome_to_removed()
    {
        var a = TestFiles.Article("article-page.html");
        Assert.Equal("html", a.Format);
        Assert.Equal("Harbor museum reopens after two-year restoration", a.Headline);
        Assert.Equal("Harbor Weekly", a.Outlet);
        Assert.Equal("https://harborweekly.example.com/culture/harbor-museum-reopens", a.Url);
        Assert.Equal("2024-10-02T18:20:00", a.Published!.Local);
        Assert.Equal(-240, a.Published.OffsetMinutes);
        Assert.Equal("stated", a.Published.OffsetSource);
        Assert.Equal("Marta Quinn", Assert.Single(a.Authors).Name);
        Assert.Equal(4, a.Paragraphs.Count);
        Assert.StartsWith("The maritime museum on the old harbor front", a.Body);
        Assert.EndsWith("through the end of the month.", a.Body);
        foreach (var chrome in new[] { "cookies", "Lighthouse tours", "Great news", "dataLayer", "Home", "schooner gallery. Photo" })
            Assert.DoesNotContain(chrome, a.Body);
        Assert.Contains(a.Removed, r => r.Reason == "script");
        Assert.Contains(a.Removed, r => r.Reason == "comments" && r.Text.Contains("Great news", StringComparison.Ordinal));
        Assert.Contains(a.Removed, r => r.Reason == "site-boilerplate" && r.Text.Contains("cookies", StringComparison.Ordinal));
        Assert.Contains(a.Removed, r => r.Reason == "navigation" && r.Text.Contains("Lighthouse tours", StringComparison.Ordinal));
        Assert.Contains(a.Removed, r => r.Reason == "copyright");
    }

    [Fact]
    public void Html_without_article_tag_scores_the_paragraph_container_and_splits_meta_line()
    {
        var a = TestFiles.Article("no-article-tag-page.html");
        Assert.Equal("Ferry operator adds night sailings to Ulleung Island", a.Headline);
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.StartsWith("A ferry operator will add night sailings", a.Body);
        Assert.Equal("3 May. 2024, 08:00", a.Published!.Raw);
        Assert.Equal("none", a.Published.OffsetSource);
        Assert.Equal("Oh Se-ra", Assert.Single(a.Authors).Name);
        Assert.DoesNotContain("Most read", a.Body);
        Assert.DoesNotContain("Facebook", a.Body);
        Assert.Contains(a.Removed, r => r.Reason == "comments" && r.Text == "Nice! I will go there.");
        Assert.DoesNotContain(a.Removed, r => r.Text == a.Headline);
    }

    [Fact]
    public void Html_body_split_by_br_with_cloudflare_email_and_json_ld_zone()
    {
        var a = TestFiles.Article("br-body-page.html");
        Assert.Equal("Busan port sets container record", a.Headline);
        Assert.Equal("Korea JoongAng Daily", a.Outlet);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Equal([
            "Translated from the JoongAng Ilbo using generative AI and edited by Korea JoongAng Daily staff."], a.Notes);
        var author = Assert.Single(a.Authors);
        Assert.Equal("Kim Eun-bin", author.Name);
        Assert.True(author.EmailObfuscated);
        Assert.Null(author.Email);
        // The meta tag has no zone; JSON-LD states +09:00 for the same moment, so the stated zone is used.
        Assert.Equal("stated", a.Published!.OffsetSource);
        Assert.Equal(540, a.Published.OffsetMinutes);
        Assert.Contains(a.Removed, r => r.Reason == "comments");
        Assert.Contains(a.Removed, r => r.Text == "Most Popular");
    }

    [Fact]
    public void Html_is_detected_by_content_even_with_a_txt_name()
    {
        var decision = TestFiles.Decoder.Decode(TestFiles.Fixture("article-page.html"), "page.txt", "text/plain");
        Assert.Equal("html", decision.Article!.Format);
    }

    [Fact]
    public void Html_without_article_text_is_rejected()
    {
        var html = "<html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav><form><input name='q'><button>Search</button></form><p>Sign in</p></body></html>";
        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(html), "login.html", "text/html");
        Assert.Null(decision.Article);
        Assert.Equal("html-without-article", decision.Reason);
        Assert.False(string.IsNullOrWhiteSpace(decision.Detail));
    }

    [Fact]
    public void Invalid_json_is_rejected_with_position()
    {
        var decision = TestFiles.DecodeFixture("invalid.json");
        Assert.Equal("invalid-json", decision.Reason);
        Assert.Contains("not valid JSON", decision.Detail);
        Assert.Null(decision.ArticleId);
    }

    [Fact]
    public void Json_without_an_article_is_not_an_article()
    {
        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes("{\"status\": \"ok\", \"count\": 3}"), "status.json", "application/json");
        Assert.Equal("not-an-article", decision.Reason);
    }
}
