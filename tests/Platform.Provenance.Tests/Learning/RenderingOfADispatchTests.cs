using Platform.Provenance.Detection;

namespace Platform.Provenance.Tests.Learning;

/// <summary>
/// A note that calls this text "our English rendering of a dispatch by NAME for OUTLET" without the word "translated":
/// the text is a language version of someone's report for another outlet. Invented outlets and people.
/// </summary>
public sealed class RenderingOfADispatchTests
{
    private const string Note = "This is our English rendering of a dispatch by Tuya Ganbold for the Darkhan weekly Selenge Medee, shared with the paper's permission.";

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_rendering_of_a_dispatch_for_another_outlet_is_a_translation(bool inNote, bool standalone) =>
        Assert.Equal(SentenceKind.Translation, SentenceClassifier.Classify(Note, inNote, standalone, "en"));

    [Fact]
    public void The_outlet_the_dispatch_was_written_for_is_the_source() =>
        Assert.Equal("Selenge Medee", DisclosureParser.Parse(Note, "en").SourcePublication);

    [Theory]
    [InlineData("Korean text by our correspondent for 바다신문; English drafted with an AI tool and checked by the desk.", "바다신문")]
    [InlineData("Originally printed in 北陸日報 and translated by the International Desk.", "北陸日報")]
    public void An_outlet_named_in_a_script_without_capitals_is_read_as_the_source(string note, string outlet) =>
        Assert.Equal(outlet, DisclosureParser.Parse(note, "en").SourcePublication);

    [Fact]
    public void A_name_in_such_a_script_after_by_is_a_persons_not_an_outlets() =>
        Assert.Null(DisclosureParser.Parse("Translated from Korean by 김하늘.", "en").SourcePublication);
}
