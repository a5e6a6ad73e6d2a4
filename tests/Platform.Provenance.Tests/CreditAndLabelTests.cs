using Platform.Contracts;
using Platform.Provenance.Detection;

namespace Platform.Provenance.Tests;

/// <summary>
/// Disclosures that are credits or labels rather than sentences: a language credit line with the original's outlet in
/// brackets, a language pair of codes, a remark about where the writer filed from, the page's own language edition said
/// to be translated, and the line on which version prevails.
/// </summary>
public sealed class CreditAndLabelTests
{
    private const string Story = StoryPages.Story;

    private static TranslationProvenance Detect(string body, IReadOnlyList<string>? notes = null, string? outlet = null) =>
        StoryPages.Detect(body, notes, outlet);

    [Theory]
    [InlineData("Galician text: Rosa Lema Vidal (Faro do Sar, 12.03.2025) · In English: Ciara Doyle", "gl", "Faro do Sar", "Ciara Doyle")]
    [InlineData("Amharic original: Bekele Tesfaye (Addis Chronicle) / English: Hanna Girma, language desk", "am", "Addis Chronicle", "Hanna Girma")]
    public void A_language_credit_line_names_the_source_its_outlet_and_the_translator(string note, string language, string outlet, string translator)
    {
        var p = Detect(Story, [note]);
        Assert.True(p.IsTranslation);
        Assert.Equal(language, p.SourceLanguage);
        Assert.Equal(outlet, p.SourcePublication);
        Assert.Contains(translator, p.Translators);
        Assert.Equal("human", p.Method);
    }

    [Theory]
    [InlineData("Translated from: English (detected) → English")]
    [InlineData("This page was translated from English into English by the reader's browser.")]
    public void A_translation_from_the_pages_own_language_into_itself_is_not_a_translation(string note)
    {
        var p = Detect(Story, [note]);
        Assert.NotEqual(true, p.IsTranslation);
    }

    [Fact]
    public void A_note_naming_a_different_source_language_is_still_a_translation_even_with_an_arrow()
    {
        var p = Detect(Story, ["Translated from: Thai (detected) → English"]);
        Assert.True(p.IsTranslation);
        Assert.Equal("th", p.SourceLanguage);
    }

    [Theory]
    [InlineData("Auto-translated · ES>EN", "es")]
    [InlineData("Machine translation (pt → en)", "pt")]
    public void A_pair_of_language_codes_names_the_source_first(string note, string language)
    {
        var p = Detect(Story, [note]);
        Assert.True(p.IsTranslation);
        Assert.Equal(language, p.SourceLanguage);
        Assert.Equal("machine", p.Method);
    }

    [Fact]
    public void A_pair_whose_second_code_is_not_this_texts_language_names_no_source()
    {
        var p = Detect(Story, ["Auto-translated · ES>FR"]);
        Assert.NotEqual("es", p.SourceLanguage);
    }

    [Fact]
    public void Where_a_writer_filed_from_is_a_place_not_the_source_outlet()
    {
        var p = Detect(Story, ["who first filed this story in Spanish from Maracaibo"]);
        Assert.True(p.IsTranslation);
        Assert.Equal("es", p.SourceLanguage);
        Assert.Null(p.SourcePublication);
    }

    [Theory]
    [InlineData("Harbour Lines's English service is produced by translation software, and no editor reviews it before it is posted. Where the English and the Danish articles differ, please rely on the Danish one.")]
    [InlineData("Our English edition is machine-translated from the Danish original.")]
    public void The_pages_own_language_edition_said_to_be_translated_is_a_disclosure(string paragraph)
    {
        var p = Detect(Story + "\n\n" + paragraph, outlet: "Harbour Lines");
        Assert.True(p.IsTranslation);
        Assert.Equal("da", p.SourceLanguage);
        Assert.Equal("machine", p.Method);
    }

    [Fact]
    public void A_company_quoted_about_its_own_translated_edition_is_not_a_disclosure()
    {
        var p = Detect(Story + "\n\nThe ferry operator's English site is produced by translation software, and passengers have complained about the timetables for months, the company's spokesperson said in a long interview on Monday.");
        Assert.NotEqual(true, p.IsTranslation);
    }

    [Fact]
    public void An_artificial_intelligence_tool_written_with_a_hyphen_is_generative_ai()
    {
        var p = Detect(Story, ["The English text you are reading was produced from the Portuguese original with an artificial-intelligence translation tool and corrected by our editors."]);
        Assert.True(p.IsTranslation);
        Assert.Equal("generative-ai", p.Method);
    }

    [Theory]
    [InlineData("Our English text began life as a Danish radio script broadcast on Radio Esbjerg.", "da")]
    [InlineData("Carried over from Tok Pisin; the first telling went out on a morning bulletin.", "tpi")]
    public void This_text_said_to_have_come_from_another_language_in_other_words_is_a_translation(string note, string language)
    {
        var p = Detect(Story, [note]);
        Assert.True(p.IsTranslation);
        Assert.Equal(language, p.SourceLanguage);
    }

    [Fact]
    public void A_report_about_a_song_that_began_life_as_a_poem_is_not_a_disclosure()
    {
        var p = Detect(Story + "\n\nThe anthem began life as a Danish poem that the ferry crews sang on the night crossing.");
        Assert.NotEqual(true, p.IsTranslation);
    }
}
