using Platform.Provenance.Detection;

namespace Platform.Provenance.Tests.Learning;

/// <summary>
/// Parts of notes the learned model finds, read by the clause grammar: a sole language named besides the page's, an
/// outlet as the subject of first publication, the outlet a piece was written for, a sentence-initial "Rendered".
/// Invented outlets and people.
/// </summary>
public sealed class ParserWordingTests
{
    [Theory]
    [InlineData("Adapted for English readers from Nalwoga Sarah's report in Luganda.", "lg")]
    [InlineData("This report reaches you in English by way of Malagasy.", "mg")]
    [InlineData("A Kinyarwanda translation of this report will follow; the original is ours.", null)]
    [InlineData("Translated from the Korean Central News Agency report.", null)]
    public void A_sole_language_named_besides_the_pages_is_the_source(string note, string? language) =>
        Assert.Equal(language, DisclosureParser.Parse(note, "en").SourceLanguageFromNote);

    [Theory]
    [InlineData("This report reaches you in English by way of Malagasy: Gazety Avaratra published it first, and the words are theirs.", "Gazety Avaratra")]
    [InlineData("English text: Ruth Banda, working from Chisomo Phiri's Chichewa feature for the Lilongwe Chronicle (4 May 2025).", "Lilongwe Chronicle")]
    public void The_outlet_that_published_or_commissioned_the_original_is_the_source(string note, string outlet) =>
        Assert.Equal(outlet, DisclosureParser.Parse(note, "en").SourcePublication);

    [Fact]
    public void A_rendering_credit_at_the_start_of_a_sentence_names_a_human_translator()
    {
        var parsed = DisclosureParser.Parse("Rendered into English from Kirundi by Aline Ndayishimiye.", "en");

        Assert.Equal(["Aline Ndayishimiye"], parsed.Translators);
        Assert.Equal(TranslationMethods.Human, parsed.Method);
    }

    [Theory]
    [InlineData("A Korean translation of this story, prepared by our partner Woori Sori, is available here.")]
    [InlineData("An Amharic version of this report (produced by our Addis desk) is available online.")]
    [InlineData("This story is also available in French and in Hausa, translated by our desk in Niamey.")]
    [InlineData("This page was translated by WordRelay.")]
    public void A_translation_of_this_story_published_elsewhere_is_not_a_disclosure(string note) =>
        Assert.NotEqual(SentenceKind.Translation, SentenceClassifier.Classify(note, true, false, "en"));

    [Theory]
    [InlineData("English text prepared with an AI translation tool from our Sinhala edition; reviewed by Kamal Perera", "si")]
    [InlineData("By Ana Lopes · English text prepared with machine translation from our Tetum edition", "tet")]
    [InlineData("English output of our Bisaya copy, run through an automated translation engine.", "ceb")]
    public void A_language_version_named_as_made_from_another_text_is_a_translation_even_beside_a_topic_word(string sentence, string language)
    {
        Assert.Equal(SentenceKind.Translation, SentenceClassifier.Classify(sentence, false, true, "en"));
        Assert.Equal(language, DisclosureParser.Parse(sentence, "en").SourceLanguageFromNote);
    }

    [Fact]
    public void An_agency_credited_in_the_byline_stays_the_source_it_is_named_as()
    {
        const string story = "Fishers in Atauro said on Monday that the new quota would halve their catch.\n\nThe ministry said it would review the quota in June.";
        var provenance = new TranslationProvenanceDetector().Detect(new Platform.Contracts.ArticleDocument
        {
            Format = "text", Encoding = "utf-8", EncodingReason = "valid", Language = "en", Body = story,
            Notes = ["[This English version follows a dispatch first filed in Tetum on the Agência Noticiosa Matebian national wire.]"],
            Authors = [new Platform.Contracts.ArticleAuthor { Name = "Agência Noticiosa Matebian", Role = "reporter" }], Removed = [],
        });

        Assert.True(provenance.IsTranslation);
        Assert.Equal("Agência Noticiosa Matebian", provenance.SourcePublication);
        Assert.Equal("tet", provenance.SourceLanguage);
    }
}
