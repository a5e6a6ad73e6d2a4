using Platform.Contracts;
using Platform.Provenance.Detection;

namespace Platform.Provenance.Tests;

/// <summary>
/// A text that names itself by addressing the reader, versions in other languages as a sentence's subject, and source
/// outlets named by the people who wrote the original, after a citation's title, in a script without capitals, or after
/// "the ... text in".
/// </summary>
public sealed class ReaderAddressAndVersionsTests
{
    private const string Story = StoryPages.Story;

    private static TranslationProvenance Detect(string body, IReadOnlyList<string>? notes = null, string? outlet = null) =>
        StoryPages.Detect(body, notes, outlet);

    [Theory]
    [InlineData("Staff of the Nordlys Avis in Tromsø wrote this piece for Norwegian readers; the English draft you are reading was produced by an AI language tool and checked line by line against their script by Eva Lund of our desk.", "generative-ai", "no")]
    [InlineData("What follows is the council's own Danish statement, pushed through a machine translator by our weekend editor and left much as it came out.", "machine", "da")]
    public void A_body_sentence_that_names_this_text_by_addressing_the_reader_is_a_disclosure(string sentence, string method, string language)
    {
        var p = Detect(Story + "\n\nThe operator will publish the new timetable next week on its website and at the terminal.\n\n" + sentence);
        Assert.True(p.IsTranslation);
        Assert.Equal(method, p.Method);
        Assert.Equal(language, p.SourceLanguage);
    }

    [Fact]
    public void A_report_that_mentions_what_readers_are_reading_about_translation_is_not_a_disclosure()
    {
        var p = Detect("Readers of the Port Vell Gazette say the machine translator the paper tested last year made the Catalan pages hard to follow.\n\n" + Story);
        Assert.NotEqual(true, p.IsTranslation);
    }

    [Theory]
    [InlineData("Language note: this article was written in English. The Catalan, Spanish and French versions are translated by partner services and may differ in wording.")]
    [InlineData("We write in English and translate our stories into three more languages.")]
    public void Versions_in_other_languages_are_not_this_texts_translation(string note)
    {
        var p = Detect(Story, [note]);
        Assert.NotEqual(true, p.IsTranslation);
    }

    [Theory]
    [InlineData("Original Greek article: «Νέο πλοίο για τη Σάμο» — Ημερήσια Νέα, 02.03.2025", "Ημερήσια Νέα")]
    [InlineData("Chinese original: 海港晚報, 2 March 2025, p. 4", "海港晚報")]
    [InlineData("English rendering drafted by a language model from the Vietnamese text in Sóng Biển Nhật Báo; checked by our desk", "Sóng Biển Nhật Báo")]
    [InlineData("Reported in Karen for Kawthoolei Voice's Karen-language service by a correspondent we do not name; put into English by Naw Paw at our border desk", "Kawthoolei Voice")]
    [InlineData("Reporters at Radio Lugano Italiano wrote this story for Italian-speaking listeners; the English you are reading came out of an AI tool.", "Radio Lugano Italiano")]
    [InlineData("What you just read is our English retelling, shortened, of Aigerim Sadykova's report for our Kazakh-language site, Dala Kuni.", "Dala Kuni")]
    [InlineData("[What you are reading is an English rendering of a report carried on Friday by Sagal (ሳጋል), the Harbour Ledger's Amharic-language sister weekly.]", "Sagal")]
    public void The_source_outlet_is_read_wherever_the_note_names_it(string note, string outlet)
    {
        var p = Detect(Story, [note], outlet: "Harbour English");
        Assert.True(p.IsTranslation);
        Assert.Equal(outlet, p.SourcePublication);
    }

    [Fact]
    public void A_language_label_before_a_name_credits_a_human_translator()
    {
        var p = Detect(Story, ["English: Mark Doyle, from the Hungarian"]);
        Assert.True(p.IsTranslation);
        Assert.Equal("human", p.Method);
        Assert.Equal(["Mark Doyle"], p.Translators);
        Assert.Equal("hu", p.SourceLanguage);
    }

    [Fact]
    public void A_desk_named_after_the_pages_language_is_not_the_source_language()
    {
        var p = Detect(Story, ["Note from the English desk: an AI language model drafted this text from Reza Amini's Persian report for Shahr Weekly; our editors checked it."]);
        Assert.True(p.IsTranslation);
        Assert.Equal("fa", p.SourceLanguage);
        Assert.Equal("Shahr Weekly", p.SourcePublication);
    }
}
