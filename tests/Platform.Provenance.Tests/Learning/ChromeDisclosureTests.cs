using Platform.Contracts;
using Platform.Provenance.Detection;
using Platform.Provenance.Learning;

namespace Platform.Provenance.Tests.Learning;

/// <summary>
/// Disclosures that ingest set aside as chrome (a byline badge, a line under the headline) are read by the learned
/// model; lines there that rules read otherwise are not. A stand-in model that likes chrome shows the mechanism.
/// </summary>
public sealed class ChromeDisclosureTests
{
    private const string Story =
        "The borehole committee in Chitate met on Saturday to set the water fee for the dry season.\n\n" +
        "The district office said it would send a mechanic in March.";

    private static readonly DisclosureSentenceModel LikesChrome = new(new Dictionary<string, double> { ["bias"] = -3, ["where=chrome"] = 5 }, "likes chrome");

    private static ArticleDocument Page(params RemovedText[] removed) => new()
    {
        Format = "text", Encoding = "utf-8", EncodingReason = "valid", Language = "en", Body = Story,
        Notes = [], Removed = removed,
    };

    [Fact]
    public void A_disclosure_set_aside_under_the_headline_is_read_with_its_place_said()
    {
        const string badge = "English via machine translation from our Kazakh original, desk-checked";
        var provenance = new TranslationProvenanceDetector(LikesChrome).Detect(Page(new RemovedText { Text = badge, Reason = "subheadline" }));

        Assert.True(provenance.IsTranslation);
        Assert.Equal("kk", provenance.SourceLanguage);
        Assert.Contains(provenance.Evidence, e => e.Kind == "learned-disclosure" && e.Location == "chrome" && e.Text == badge);
    }

    [Theory]
    [InlineData("Read the original in Kazakh here", "navigation")]
    [InlineData("Listen to this article, read by an AI voice", "page-chrome")]
    [InlineData("Kazakh translation of today's market prices, updated hourly", "other-item")]
    public void Chrome_that_rules_read_otherwise_or_that_belongs_to_other_items_is_not_a_candidate(string line, string reason)
    {
        var provenance = new TranslationProvenanceDetector(LikesChrome).Detect(Page(new RemovedText { Text = line, Reason = reason }));

        Assert.DoesNotContain(provenance.Evidence, e => e.Kind == "learned-disclosure");
    }

    [Fact]
    public void The_model_sees_chrome_sentences_after_the_notes_and_body_with_their_reason()
    {
        var sentences = DisclosureSentences.Of(Page(new RemovedText { Text = "English via AI from our Kazakh original", Reason = "byline" }), "en");

        var chrome = Assert.Single(sentences, s => s.Sentence.Location == DisclosureSentences.ChromeLocation);
        Assert.Contains("where=chrome", chrome.Features);
        Assert.Contains("chrome=byline", chrome.Features);
        Assert.Same(chrome, sentences[^1]);
    }
}
