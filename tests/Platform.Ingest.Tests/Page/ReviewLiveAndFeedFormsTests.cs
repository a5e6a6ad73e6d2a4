using System.Text;
using Platform.Ingest.Decoding;
using Platform.Ingest.Decoding.Text;

namespace Platform.Ingest.Tests.Page;

/// <summary>
/// Forms met in the 65+66 round: a book review's details block (its "by" and "translated by" lines credit the book, not
/// the page), a live blog whose entries each end with a share button, a feed whose description speaks for every item,
/// Iberian double surnames and particles in bylines, writers' places in a byline, a closing "reported from" credit, a
/// title printed both whole and split into kicker and headline, a print folio, and a text dump with one script line.
/// </summary>
public sealed class ReviewLiveAndFeedFormsTests
{
    private const string Review =
        "HARBOUR REVIEW — Books\nA ferryman's daughter writes the river down\nPosted 3 May 2025 | Review by Tom Aske\n" +
        "The Brown Water\nby Ilse Varga\ntranslated from the Hungarian by Kate Rimmer\nTallis House, 288 pp., £14.99\n" + PageDumps.Body +
        "Tom Aske is the books editor of the Harbour Review.\n";

    [Fact]
    public void A_reviewed_books_credits_are_set_aside_and_the_reviewer_is_the_writer()
    {
        var a = PageDumps.Read(Review);
        Assert.Equal("A ferryman's daughter writes the river down", a.Headline);
        Assert.Equal(["Tom Aske"], a.Authors.Select(x => x.Name));
        Assert.DoesNotContain(a.Notes, n => n.Contains("translated from the Hungarian", StringComparison.Ordinal));
        Assert.Contains(a.Removed, r => r.Reason == ReviewedWorkDetails.Reason && r.Text == "translated from the Hungarian by Kate Rimmer");
        Assert.Contains(a.Removed, r => r.Reason == ReviewedWorkDetails.Reason && r.Text == "The Brown Water");
    }

    [Theory]
    [InlineData("Tallis House, 288 pp., £14.99", true)]
    [InlineData("Harvill, 2024, 312 pages, $28", true)]
    [InlineData("ISBN 978-1-00000-000-0", true)]
    [InlineData("The council spent £14.99 million on the quay, the report said.", false)]
    [InlineData("Tickets £12, concessions £8", true)]
    [InlineData("Ferry tickets rise to £14.99", false)]
    public void A_details_line_is_a_page_count_an_isbn_or_a_price_in_a_list(string line, bool expected) =>
        Assert.Equal(expected, ReviewedWorkDetails.IsDetailsLine(line));

    [Fact]
    public void A_page_count_without_credits_above_it_is_left_in_place()
    {
        var found = ReviewedWorkDetails.Find([("Port Tallis closes its market", LineKind.Content), ("Report, 40 pp.", LineKind.Content)]);
        Assert.Empty(found);
    }

    [Fact]
    public void A_live_blogs_entries_are_one_article_under_its_headline_and_writers()
    {
        var entries = string.Concat(Enumerable.Range(0, 4).Select(k =>
            $"{15 - k}:{10 + k}\nEntry heading number {k + 1} here\n" +
            $"The harbour board said update {k + 1} was the latest word on the flooding along the quay, and crews were still at work on the walls near the market.\nShare\n"));
        var a = PageDumps.Read("TALLIS POST\nLIVE\nFloods live: the quay wall holds as the river peaks\n" +
                               "Live coverage by Ruth Adler in Tallis and Omar Haddad in Vell\nFirst published Friday 9 May 2025, 07:02 CEST\n" + entries);
        Assert.Equal("Floods live: the quay wall holds as the river peaks", a.Headline);
        Assert.Equal(["Ruth Adler", "Omar Haddad"], a.Authors.Select(x => x.Name));
        Assert.Equal("2025-05-09T07:02:00", a.Published!.Local);
        Assert.Contains("update 1 was", a.Body);
        Assert.Contains("update 4 was", a.Body);
    }

    [Fact]
    public void A_feeds_description_that_speaks_for_its_items_is_a_note()
    {
        var rss = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Diari del Port – English</title>" +
                  "<link>https://diaridelport.example/en/</link><description>Every item in this English-language feed is an automatic translation of our Catalan edition.</description>" +
                  "<language>en</language><item><title>Port bakers light a 1920s oven again</title><dc:creator>Montserrat Puigdevall i Serra</dc:creator>" +
                  "<pubDate>Wed, 14 May 2025 08:30:00 +0200</pubDate><description><![CDATA[<p>" + PageDumps.Body.Replace("\n", "</p><p>") + "</p>]]></description></item></channel></rss>";
        var a = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(rss), "feed.xml", null).Article!;
        Assert.Contains("Every item in this English-language feed is an automatic translation of our Catalan edition.", a.Notes);
        Assert.Equal(["Montserrat Puigdevall i Serra"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_feed_description_that_is_a_tagline_is_no_note()
    {
        var rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Port News</title><description>News from the harbour and the islands</description>" +
                  "<item><title>Port bakers light a 1920s oven again</title><pubDate>Wed, 14 May 2025 08:30:00 +0200</pubDate><description><![CDATA[<p>" +
                  PageDumps.Body.Replace("\n", "</p><p>") + "</p>]]></description></item></channel></rss>";
        Assert.Empty(TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(rss), "feed.xml", null).Article!.Notes);
    }

    [Theory]
    [InlineData("By Montserrat Puigdevall i Serra", "Montserrat Puigdevall i Serra")]
    [InlineData("By José Ortega y Gasset", "José Ortega y Gasset")]
    [InlineData("By Anna Puig i Jordi Mas", "Anna Puig|Jordi Mas")]
    [InlineData("By Rosa María de la Cruz Ochoa", "Rosa María de la Cruz Ochoa")]
    [InlineData("By Réka Szabó-Lengyel in Szeged and Andrei Mureșan in Arad", "Réka Szabó-Lengyel|Andrei Mureșan")]
    [InlineData("Live coverage by Eleni Stavrou and Andreas Kyprianou", "Eleni Stavrou|Andreas Kyprianou")]
    public void Double_surnames_particles_and_places_in_bylines(string line, string names) =>
        Assert.Equal(names.Split('|'), BylineParser.TryParse(line)!.Authors.Select(a => a.Name));

    [Fact]
    public void A_closing_reported_from_line_credits_the_writer_of_an_unsigned_page()
    {
        var a = PageDumps.Read("TALLIS MONITOR\nPort Tallis closes its old fish market\nSunday 9 February 2025, 10:30\n" + PageDumps.Body +
                               "Hanan Osman Babiker reported from Port Tallis.\n© Tallis Monitor 2025\n");
        Assert.Equal(["Hanan Osman Babiker"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_title_printed_whole_above_its_split_kicker_and_headline_is_read_whole()
    {
        var a = PageDumps.Read("HARBOUR LETTER | The weekly newsletter\nView in browser\nNets across the border: the fishers who built a cooperative in Vell\n" +
                               "Nets across the border\nThe fishers who built a cooperative in Vell\nMar. 18, 2025\nby Camila Restrepo\n" + PageDumps.Body);
        Assert.Equal("Nets across the border: the fishers who built a cooperative in Vell", a.Headline);
        Assert.Equal(["Camila Restrepo"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_text_dump_with_one_script_line_is_read_as_text()
    {
        var page = "TALLIS REVIEW\nMenu  News  Business\nPort Tallis closes its old fish market\n" +
                   "Originally published in French by L'Écho de Tallis; translated by Tallis Review staff.\nBy Adjoua Koné\n12 March 2025 at 18:20 GMT\n" +
                   PageDumps.Body + "© 2025 Tallis Review\n<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Port Tallis closes its old fish market\"}</script>\n";
        Assert.Equal(FormatSniffer.Text, FormatSniffer.Detect(page, "page.txt", null));
        var a = PageDumps.Read(page);
        Assert.Equal("Port Tallis closes its old fish market", a.Headline);
        Assert.Contains("Originally published in French by L'Écho de Tallis; translated by Tallis Review staff.", a.Notes);
        Assert.Equal(3, a.Paragraphs.Count);
    }

    [Fact]
    public void A_json_byline_field_with_a_translator_credit_names_both_in_their_roles()
    {
        var json = "{\"title\":\"Aqaba terminal adds night shifts\",\"byline\":\"Rania Haddad — translated from the Arabic by Omar Qasem\"," +
                   "\"body\":\"" + PageDumps.Body.Replace("\n", "\\n").Replace("\"", "\\\"") + "\"}";
        var a = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(json), "item.json", "application/json").Article!;
        Assert.Equal([("Rania Haddad", "reporter"), ("Omar Qasem", "translator")], a.Authors.Select(x => (x.Name, x.Role)));
    }

    [Fact]
    public void A_feed_titles_translation_kicker_is_not_part_of_the_headline()
    {
        var rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Port News</title><item><title>Translated from Turkish: Port bakers light a 1920s oven again</title>" +
                  "<pubDate>Wed, 14 May 2025 08:30:00 +0200</pubDate><description><![CDATA[<p>" + PageDumps.Body.Replace("\n", "</p><p>") + "</p>]]></description></item></channel></rss>";
        var a = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(rss), "feed.xml", null).Article!;
        Assert.Equal("Port bakers light a 1920s oven again", a.Headline);
        Assert.Contains("Translated from Turkish", a.Notes);
    }

    [Fact]
    public void An_html_document_with_many_lines_of_inline_style_stays_html()
    {
        var style = string.Concat(Enumerable.Range(0, 40).Select(k => $".rule-{k} {{ margin: {k}px; }}\n"));
        var page = "<!DOCTYPE html>\n<html>\n<head>\n<style>\n" + style + "</style>\n</head>\n<body>\n<h1>Port Tallis closes its old fish market</h1>\n<p>" + PageDumps.Body + "</p>\n</body>\n</html>";
        Assert.Equal(FormatSniffer.Html, FormatSniffer.Detect(page, "page.html", null));
    }

    [Fact]
    public void An_html_page_stays_html()
    {
        var page = "<html><head><title>Port</title></head><body>\n<h1>Port Tallis closes its old fish market</h1>\n<p>" + PageDumps.Body + "</p>\n</body></html>";
        Assert.Equal(FormatSniffer.Html, FormatSniffer.Detect(page, "page.html", null));
    }
}
