using System.Text;
using Platform.Contracts;
using Xunit;

namespace Platform.Ingest.Tests.Page;

/// <summary>Writers a page names without a "By" (invented outlets and people): a name alone, glued to the deck or closing the body, or a credit in a note.</summary>
public sealed class UnmarkedBylineTests
{
    private const string Body =
        "The ferry board in Kestrel Sound voted on Tuesday to keep the night crossing running through the winter, reversing a plan to cut it in November.\n" +
        "\"The night boat is how nurses and bakers get to work,\" said board member Ana Ruelas. \"Cutting it would have emptied the early shift.\"\n" +
        "The board said the crossing would cost about 40,000 a month to run and that ticket prices would stay the same until April.\n" +
        "Passenger numbers on the night boat have risen by a fifth since the bridge closed for repairs, the operator said.\n";

    private static ArticleDocument Read(string page)
    {
        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(page), "page.txt", null);
        Assert.True(decision.Article is not null, $"rejected: {decision.Reason} {decision.Detail}");
        return decision.Article!;
    }

    [Fact]
    public void A_name_glued_to_the_end_of_the_standfirst_is_the_byline_and_leaves_the_deck()
    {
        var a = Read("KESTREL SOUND NEWS\nHome | Local | Sport\nFerry board keeps the night crossing through winter\n" +
                     "Nurses and bakers had warned the early shift would empty without it.Maren Tollefsen\n12 March 2025\n" + Body);
        Assert.Equal(["Maren Tollefsen"], a.Authors.Select(x => x.Name));
        Assert.Equal("name-below-headline", a.FieldEvidence["authors"].Rule);
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains("Maren Tollefsen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_credited_beside_the_outlets_staff_is_the_byline_and_the_staff_no_person()
    {
        var a = Read("KESTREL SOUND NEWS\nHome | Local | Sport\nFerry board keeps the night crossing through winter\n" +
                     "Kestrel Sound Staff and Maren Tollefsen\nPublished 12.03.2025 08:10\n" + Body);
        Assert.Equal(["Maren Tollefsen"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void A_name_alone_after_the_body_above_an_author_bio_is_the_byline()
    {
        var a = Read("KESTREL SOUND NEWS\nOPINION\nKeep the night boat\n3 March 2025\n" + Body +
                     "Ingrid Halvorsen\nThe author teaches nursing at the Kestrel Sound college.\n© 2025 Kestrel Sound News\n");
        Assert.Equal(["Ingrid Halvorsen"], a.Authors.Select(x => x.Name));
        Assert.Equal("name-after-body", a.FieldEvidence["authors"].Rule);
    }

    [Fact]
    public void A_writer_credit_inside_a_translation_note_names_the_original_writer()
    {
        var a = Read("KESTREL SOUND NEWS\nFerry board keeps the night crossing through winter\n12 March 2025\n" + Body +
                     "Machine-translated from Norwegian and checked by Ola Brekke. Original text by Sigrid Vassbotn, first published in Fjordposten.\n");
        Assert.Equal(["Sigrid Vassbotn"], a.Authors.Select(x => x.Name));
        Assert.Equal("writer-credit-in-note", a.FieldEvidence["authors"].Rule);
    }

    [Fact]
    public void Names_listed_without_by_and_a_translator_after_a_bar_are_read_in_their_roles()
    {
        var a = Read("KESTREL SOUND NEWS\nFerry board keeps the night crossing through winter\n" +
                     "Ondřej Kratochvíl, Vítězslav Hájek | translated by Alžběta Marešová\n12 March 2025\n" + Body);
        Assert.Equal(["Ondřej Kratochvíl", "Vítězslav Hájek"], a.Authors.Where(x => x.Role == "reporter").Select(x => x.Name));
        Assert.Contains(a.Authors, x => x.Role == "translator" && x.Name == "Alžběta Marešová");
    }

    [Fact]
    public void An_outlet_name_or_an_interface_heading_on_a_line_of_its_own_is_not_a_writer()
    {
        var a = Read("KESTREL SOUND NEWS\nFerry board keeps the night crossing through winter\nLe Matin Lagunaire\n12 March 2025\n" + Body +
                     "About The Authors\n© 2025 Kestrel Sound News\n");
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void The_site_name_on_the_first_line_is_not_taken_for_a_writer()
    {
        var a = Read("Gull Clippings\nHome   Archive   About\n" + Body + "Posted in Ferries\n");
        Assert.Empty(a.Authors);
    }

    [Theory]
    [InlineData("Por Mariana Costa Lemos", "Mariana Costa Lemos")]
    [InlineData("Par Camille BERTRAND", "Camille BERTRAND")]
    [InlineData("Autorzy: Agnieszka Wróbel, Tomasz Kędzior", "Agnieszka Wróbel|Tomasz Kędzior")]
    [InlineData("By Tomoe Kuribayashi, Nagano correspondent", "Tomoe Kuribayashi")]
    [InlineData("By Adebola Ajayi, Ibadan - June 3, 2024 8:14 pm", "Adebola Ajayi")]
    [InlineData("By Carla Mendes and Ray Doucette Staff Writers", "Carla Mendes|Ray Doucette")]
    [InlineData("di Chiara Benetti e Luca Zanin", "Chiara Benetti|Luca Zanin")]
    [InlineData("Source: Kwabena Adjei-Boateng, Contributor", "Kwabena Adjei-Boateng")]
    public void Bylines_in_other_languages_and_with_trailing_roles_places_or_dates(string line, string names)
    {
        var parsed = Platform.Ingest.Decoding.Text.BylineParser.TryParse(line);
        Assert.NotNull(parsed);
        Assert.Equal(names.Split('|'), parsed!.Authors.Select(x => x.Name), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("By July, 412 residents of Holstein had bought shares at $250 apiece.")]
    [InlineData("By contrast, the ferry board kept its prices.")]
    [InlineData("Source: Khao Lanna")]
    public void Sentences_opening_with_by_and_source_lines_naming_an_outlet_are_not_bylines(string line)
    {
        Assert.Null(Platform.Ingest.Decoding.Text.BylineParser.TryParse(line));
    }

    [Theory]
    [InlineData("English version by Daria Fenn", "Daria Fenn")]
    [InlineData("English translation: Ioanna Vrettou", "Ioanna Vrettou")]
    public void A_language_version_credit_names_a_translator(string line, string name)
    {
        var parsed = Platform.Ingest.Decoding.Text.BylineParser.TryParse(line);
        Assert.NotNull(parsed);
        var author = Assert.Single(parsed!.Authors);
        Assert.Equal(name, author.Name);
        Assert.Equal("translator", author.Role);
    }

    [Fact]
    public void Stacked_writer_names_with_a_title_line_between_them_are_all_authors()
    {
        var a = Read("KESTREL SOUND NEWS\nHome | Local | Sport\nFerry board keeps the night crossing through winter\n" +
                     "Nurses and bakers had warned the early shift would empty without it.\nMaren Tollefsen\nTransport Correspondent\nIdris Kamara\n" +
                     "Published Mar 04, 2025, 12:10 PM\n" + Body);
        Assert.Equal(["Maren Tollefsen", "Idris Kamara"], a.Authors.Select(x => x.Name));
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains("Idris Kamara", StringComparison.Ordinal));
    }

    [Fact]
    public void A_byline_broken_before_its_last_name_is_read_whole()
    {
        var a = Read("KESTREL SOUND NEWS\nFRIDAY, MARCH 7, 2025\nFerry board keeps the night crossing through winter\nBy MAREN TOLLEFSEN\nand IDRIS KAMARA\n" + Body);
        Assert.Equal(2, a.Authors.Count);
        Assert.Equal("Idris Kamara", a.Authors[1].Name, ignoreCase: true);
    }

    [Fact]
    public void A_correspondent_named_with_a_place_is_the_byline_but_an_own_correspondent_credit_is_not_a_name()
    {
        var a = Read("KESTREL SOUND NEWS\nFerry board keeps the night crossing through winter\nMaren Tollefsen, Kestrel\nPublished: 12 March 2025, 10:30 AM\n" + Body);
        Assert.Equal(["Maren Tollefsen"], a.Authors.Select(x => x.Name));
        var b = Read("KESTREL SOUND NEWS\nFerry board keeps the night crossing through winter\nOwn Correspondent, Kestrel\nPublished: 12 March 2025, 10:30 AM\n" + Body);
        Assert.Empty(b.Authors);
    }

    [Fact]
    public void A_Malay_byline_label_is_read() =>
        Assert.Equal(["Nur Aina Zulkifli"], Read("SUARA PANTAI\nFerry board keeps the night crossing through winter\nOleh NUR AINA ZULKIFLI\n" + Body).Authors.Select(x => x.Name));

    [Fact]
    public void A_newsroom_credit_is_not_a_writer() =>
        Assert.DoesNotContain(Read("KESTREL SOUND NEWS\nFerry board keeps the night crossing through winter\nBy The Editorial\n" + Body).Authors, x => x.Role == "reporter");

    [Fact]
    public void A_section_heading_in_capitals_after_by_is_not_a_writer() =>
        Assert.DoesNotContain("The Numbers", Read("KESTREL SOUND NEWS\nFerry board keeps the night crossing through winter\nBy Maren Tollefsen\n" + Body + "BY THE NUMBERS\n40,000 a month to run\n").Authors.Select(x => x.Name));

    [Fact]
    public void A_translation_note_after_a_read_also_list_is_still_the_articles()
    {
        var a = Read("KESTREL SOUND NEWS\nFerry board keeps the night crossing through winter\nBy Maren Tollefsen\n" + Body +
                     "Read also\nLe Tampon: the water cut prolonged until Friday\nSaint-Pierre: a new bus line towards the plain\n" +
                     "Automatic translation of an article by Kestrel Sound News. The translation may contain errors.\nMost read\n");
        Assert.Contains(a.Notes, n => n.StartsWith("Automatic translation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_quoting_someone_elses_translation_note_is_body_text_not_a_note()
    {
        var a = Read("KESTREL SOUND NEWS\nFerry board keeps the night crossing through winter\nBy Maren Tollefsen\n" + Body +
                     "Each translated bulletin ends with a line on screen: \"This programme was translated and voiced using artificial intelligence. Our editors check every script.\"\n" +
                     "The system produces a draft translation of each script, which one of two staff translators corrects before broadcast.\n");
        Assert.Empty(a.Notes);
    }

    [Fact]
    public void Writers_in_capitals_before_a_slash_and_their_outlet_are_the_authors() =>
        Assert.Equal(2, Read("KESTREL SOUND NEWS\nFerry board keeps the night crossing through winter\nReporting: MAREN TOLLEFSEN and IDRIS KAMARA / Prensa del Valle\n" + Body).Authors.Count(x => x.Role == "reporter"));
}
