using Platform.Extraction.Entities;

namespace Platform.Extraction.Tests.Entities;

/// <summary>A name ends where the sentence goes on: a last word the tagger left off belongs to it.</summary>
public sealed class NameEndTests
{
    private static readonly EntityExtractor Extractor = EntityExtractor.CreateDefault();

    [Theory]
    [InlineData("Magistrate Ana Lucía de la Vega Mamani, who wrote the opinion, said the deal could not stand.", "Ana Lucía de la Vega Mamani")]
    [InlineData("The economist Kamran Ilyas Sheikh said the board had failed its shareholders.", "Kamran Ilyas Sheikh")]
    public void A_last_surname_stays_in_the_name(string body, string name) =>
        Assert.Contains(Extractor.Extract(body), e => e.Type == "person" && e.Canonical == name);

    [Fact]
    public void A_title_before_another_name_is_not_a_surname()
    {
        var entities = Extractor.Extract("The talks between Maria Lopez and President Daniel Ortega ended on Monday.");
        Assert.DoesNotContain(entities, e => e.Type == "person" && e.Canonical.EndsWith("President", StringComparison.Ordinal));
    }
}
