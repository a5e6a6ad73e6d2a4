using System.Text;
using System.Text.Json;
using Platform.Ingest.Decoding.Text;

namespace Platform.Ingest.Tests.Page;

/// <summary>Writers and notes read from credit lines: language credits, a bar after a name, a remark about the writer,
/// a feed field whose value is a note, a render date, and text wrapped at a fixed width.</summary>
public sealed class CreditLineTests
{
    [Theory]
    [InlineData("Galician text: Rosa Lema Vidal (Faro do Sar, 12.03.2025) · In English: Ciara Doyle", true)]
    [InlineData("Amharic original: Bekele Tesfaye (Addis Chronicle) / English: Hanna Girma, language desk", true)]
    [InlineData("In English: Ciara Doyle", true)]
    [InlineData("Galician text: Rosa Lema Vidal · Photos: Xoán Rial", false)]
    [InlineData("Harbour text: Rosa Lema Vidal · In English: Ciara Doyle", false)]
    [InlineData("Sigrid Aune (tekst) · Pål Rye (foto) · rendered into English by Ola Nesset", true)]
    [InlineData("Sigrid Aune (tekst) · translated from the Norwegian by Ola Nesset", true)]
    [InlineData("Sigrid Aune (tekst) · Pål Rye (foto)", false)]
    [InlineData("Sigrid Aune (tekst) · Subscribe now for full access", false)]
    public void Every_part_of_a_language_credit_line_is_a_language_labelled_name(string line, bool expected) =>
        Assert.Equal(expected, NoteRecognizer.IsLanguageCredit(line));

    [Fact]
    public void The_first_of_two_language_credits_names_the_originals_writer()
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nGalician text: Rosa Lema Vidal (Faro do Sar, 12.03.2025) · In English: Ciara Doyle\nJune 3, 2025\n" + PageDumps.Body);
        Assert.Equal(["Rosa Lema Vidal"], a.Authors.Select(x => x.Name));
        Assert.Contains("Galician text: Rosa Lema Vidal (Faro do Sar, 12.03.2025) · In English: Ciara Doyle", a.Notes);
    }

    [Fact]
    public void A_credit_line_of_role_labels_and_a_translation_credit_stays_whole_and_names_the_writer()
    {
        const string line = "Sigrid Aune (tekst) · Pål Rye (foto) · rendered into English by Ola Nesset";
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\n" + line + "\nJune 3, 2025\n" + PageDumps.Body);
        Assert.Equal("Port Tallis closes its fish market", a.Headline);
        Assert.Equal(["Sigrid Aune"], a.Authors.Select(x => x.Name));
        Assert.Contains(line, a.Notes);
    }

    [Fact]
    public void A_footnote_saying_software_rendered_the_page_from_another_language_is_a_note_even_after_a_related_list()
    {
        const string footnote = "*This English page was rendered by software from our Vietnamese article, without a human editor.";
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nJune 3, 2025\n" + PageDumps.Body +
                               "\nRelated news:\n- Ferry fares rise again in the spring\n- New quay opens at the harbour\n" + footnote + "\n© Harbour Lines");
        Assert.Contains(footnote, a.Notes);
    }

    [Theory]
    [InlineData("Ruth Adler | Port Tallis")]
    [InlineData("Ruth Adler | Staff Reporter")]
    [InlineData("Ruth Adler, Esbjerg | English from her Danish original")]
    public void A_name_before_a_bar_under_the_headline_is_the_writer(string line)
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\n" + line + "\nJune 3, 2025\n" + PageDumps.Body);
        Assert.Equal(["Ruth Adler"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_menu_with_bars_is_not_a_writer()
    {
        var a = PageDumps.Read("HARBOUR LINES\nHome | News | Sport\nPort Tallis closes its fish market\nJune 3, 2025\n" + PageDumps.Body);
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void A_remark_about_the_writer_that_names_a_language_is_a_note_and_not_part_of_the_name()
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nBy Ruth Adler, who first filed this story in Danish from Esbjerg\nJune 3, 2025\n" + PageDumps.Body);
        Assert.Equal(["Ruth Adler"], a.Authors.Select(x => x.Name));
        Assert.Contains("who first filed this story in Danish from Esbjerg", a.Notes);
    }

    [Fact]
    public void A_remark_about_the_writer_without_a_language_is_dropped()
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nBy Ruth Adler, who has covered the harbour since 2009\nJune 3, 2025\n" + PageDumps.Body);
        Assert.Equal(["Ruth Adler"], a.Authors.Select(x => x.Name));
        Assert.Empty(a.Notes);
    }

    [Fact]
    public void A_feed_field_of_any_name_whose_value_is_a_note_is_read_as_a_note_but_a_title_is_not()
    {
        var item = new Dictionary<string, object>
        {
            ["id"] = "hl-78",
            ["title"] = "Machine translation: how the harbour board's notices reach Danish traders",
            ["content_text"] = PageDumps.Body.Replace("\n", "\n\n"),
            ["date_published"] = "2025-06-03T09:15:00+02:00",
            ["_site"] = new Dictionary<string, object> { ["label"] = "Auto-translated · DA>EN", ["section"] = "Harbour" },
        };
        var feed = new { version = "https://jsonfeed.org/version/1.1", title = "Harbour Lines", items = new object[] { item } };

        var a = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(feed)), "feed.json", "application/json").Article!;

        Assert.Equal(["Auto-translated · DA>EN"], a.Notes);
    }

    [Fact]
    public void A_documents_generation_date_is_not_its_publication_date()
    {
        var a = PageDumps.Read("HARBOUR LINES\nIssue 12 | 3 June 2025\nPort Tallis closes its fish market\n" + PageDumps.Body + "Document generated from harbourlines.example on 2025-07-01 14:22\n");
        Assert.Equal("2025-06-03", a.Published!.ToIso8601());
    }

    [Fact]
    public void Text_wrapped_at_a_fixed_width_is_joined_into_paragraphs()
    {
        var words = string.Join(' ', Enumerable.Repeat(PageDumps.Body.Replace("\n", " "), 2));
        var wrapped = new StringBuilder();
        var line = new StringBuilder();
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + word.Length + 1 > 66) { wrapped.AppendLine(line.ToString()); line.Clear(); }
            line.Append(line.Length == 0 ? word : " " + word);
        }
        wrapped.AppendLine(line.ToString());

        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nBy Ruth Adler\nJune 3, 2025\n\n" + wrapped);

        Assert.Contains("ending a trade that has run there for almost two centuries", a.Body);
    }

    [Fact]
    public void A_language_credit_before_a_bar_and_a_date_is_a_note_and_the_date_still_dates_the_page()
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nBy Ruth Adler in Esbjerg\nEnglish by Ciara Doyle | 3 June 2025, 16:10 CET\n" + PageDumps.Body);
        Assert.Contains("English by Ciara Doyle", a.Notes);
        Assert.Equal("2025-06-03T16:10:00+01:00", a.Published!.ToIso8601());
    }
}
