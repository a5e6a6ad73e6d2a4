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
    public void A_translation_of_this_story_published_elsewhere_is_not_a_disclosure(string note) =>
        Assert.NotEqual(SentenceKind.Translation, SentenceClassifier.Classify(note, true, false, "en"));
}
