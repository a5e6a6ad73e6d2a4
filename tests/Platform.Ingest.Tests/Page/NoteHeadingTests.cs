using System.Text;
using System.Text.Json;
using Platform.Ingest.Decoding.Json;

namespace Platform.Ingest.Tests.Page;

/// <summary>Notes announced by a heading, named by a feed field, or spoken in the newsroom's own voice; zones from the table.</summary>
public sealed class NoteHeadingTests
{
    private const string Note =
        "Our colleagues at the Harbour Tagblatt wrote this report for German-speaking readers, and the English you see here was drafted by a language model and then read against their text by Jonas Pirker of the night desk, who corrected place names and figures.";

    [Theory]
    [InlineData("About this text")]
    [InlineData("A note on the translation")]
    [InlineData("How this story got here")]
    [InlineData("Transparency note")]
    public void A_heading_that_announces_a_note_makes_the_paragraph_under_it_a_note(string heading)
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nBy Ruth Adler\nJune 3, 2025\n" + PageDumps.Body + heading + "\n" + Note + "\nMore from Harbour Lines\n");
        Assert.Contains(Note, a.Notes);
        Assert.DoesNotContain(Note, a.Body);
        Assert.DoesNotContain(heading, a.Body);
    }

    [Fact]
    public void A_line_opening_with_such_a_heading_is_a_note()
    {
        const string line = "How this post got here. What follows is a town council's own Danish statement, run through translation software by our weekend editor.";
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nBy Ruth Adler\nJune 3, 2025\n" + line + "\n" + PageDumps.Body);
        Assert.Contains(line, a.Notes);
    }

    [Fact]
    public void A_heading_about_the_topic_is_not_a_note_heading()
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nBy Ruth Adler\nJune 3, 2025\n" + PageDumps.Body +
                               "The market's history\nThe first stalls opened on the quay in 1831, when the harbour still served whaling ships and the town had no railway.\n");
        Assert.Contains("The first stalls opened on the quay in 1831", a.Body);
    }

    [Fact]
    public void A_credit_line_in_the_newsrooms_own_voice_under_the_headline_is_a_note()
    {
        const string credit = "Reported in Sorbian for the Lusatia Bulletin by a reporter we do not name; put into English by Mira Kowal at the Dresden desk";
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\n" + credit + "\nJune 3, 2025\n" + PageDumps.Body);
        Assert.Contains(credit, a.Notes);
        Assert.Equal("Port Tallis closes its fish market", a.Headline);
    }

    [Theory]
    [InlineData("provenance_note", true)]
    [InlineData("translationNotice", true)]
    [InlineData("editors-note", true)]
    [InlineData("AICorrections", true)]
    [InlineData("footnotes", false)]
    [InlineData("notebook_id", false)]
    [InlineData("content_text", false)]
    public void A_feed_field_holds_a_note_when_a_word_of_its_name_is_a_note_word(string key, bool expected) =>
        Assert.Equal(expected, JsonArticleMapper.IsNoteKey(key));

    [Fact]
    public void A_feed_items_source_and_note_fields_are_read_as_notes()
    {
        var item = new Dictionary<string, object>
        {
            ["id"] = "hl-77",
            ["title"] = "Port Tallis closes its fish market",
            ["content_text"] = PageDumps.Body.Replace("\n", "\n\n"),
            ["date_published"] = "2025-06-03T09:15:00+02:00",
            ["provenance_note"] = "This text came to us in Estonian and was put through automatic translation software.",
            ["source"] = new { name = "Saare Leht", type = "weekly" },
        };
        var feed = new { version = "https://jsonfeed.org/version/1.1", title = "Baltic Wire", items = new object[] { item } };

        var a = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(feed)), "feed.json", "application/json").Article!;

        Assert.Contains("This text came to us in Estonian and was put through automatic translation software.", a.Notes);
        Assert.Contains("Source: Saare Leht", a.Notes);
    }

    [Theory]
    [InlineData("19:05 MMT, 4 June 2025", "2025-06-04T19:05:00+06:30")]
    [InlineData("4 June 2025, 08:10 AFT", "2025-06-04T08:10:00+04:30")]
    public void A_zone_abbreviation_in_the_table_is_read_in_a_date_line(string dateLine, string expected)
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nBy Ruth Adler\n" + dateLine + "\n" + PageDumps.Body);
        Assert.Equal(expected, a.Published!.ToIso8601());
    }

    [Fact]
    public void A_language_label_before_a_name_in_the_byline_line_is_a_translators_credit_note()
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nBy Anna Kovacs (pen name), Pecs · English: Mark Doyle, from the Hungarian\nJune 3, 2025\n" + PageDumps.Body);
        Assert.Contains("English: Mark Doyle, from the Hungarian", a.Notes);
        Assert.Equal(["Anna Kovacs"], a.Authors.Select(x => x.Name));
    }

    [Theory]
    [InlineData("English: Mark Doyle", true)]
    [InlineData("Pashto: Gul Ahmad, from the Pashto", true)]
    [InlineData("Photos: Mark Doyle", false)]
    [InlineData("Source: Saare Leht", false)]
    [InlineData("Editor: Mark Doyle", false)]
    public void Only_a_language_name_as_the_label_makes_a_language_credit(string line, bool expected) =>
        Assert.Equal(expected, Platform.Ingest.Decoding.Text.NoteRecognizer.IsLanguageCredit(line));

    [Fact]
    public void A_feed_item_with_a_teaser_and_the_whole_story_is_read_from_the_whole_story()
    {
        var paragraphs = PageDumps.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var item = new Dictionary<string, object>
        {
            ["id"] = "hl-78",
            ["title"] = "Port Tallis closes its fish market",
            ["content_text"] = paragraphs[0][..80] + "... (read more at the link)",
            ["content_html"] = string.Concat(paragraphs.Select(p => "<p>" + p + "</p>")),
            ["date_published"] = "2025-06-03T09:15:00+02:00",
        };
        var feed = new { version = "https://jsonfeed.org/version/1.1", title = "Baltic Wire", items = new object[] { item } };

        var a = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(feed)), "feed.json", "application/json").Article!;

        Assert.Contains("Now the roof has decided for us.", a.Body);
        Assert.DoesNotContain("read more at the link", a.Body);
    }
}
