using Platform.Storage.Queries;

namespace Platform.Storage.Tests.Queries;

/// <summary>The pure rules of the query library: how search words become terms, how a described speaker is told from a
/// named one and which organisation it names, and how <c>isTranslation</c> reads.</summary>
public sealed class QueryRulesTests
{
    [Fact]
    public void Search_words_become_lower_case_letter_and_digit_terms_without_repeats()
    {
        Assert.Equal(["seoul", "based", "ai", "2025"], FullTextSearch.Terms("Seoul-based AI, ai & 2025!"));
        Assert.Equal(["서울", "통일부"], FullTextSearch.Terms("서울 \"통일부\""));
        Assert.Equal(["हिन्दी", "समाचार"], FullTextSearch.Terms("हिन्दी समाचार"));
        Assert.Empty(FullTextSearch.Terms(" -- ' \" "));
    }

    [Theory]
    [InlineData("Maritime Ministry official", true)]
    [InlineData("the union's president", true)]
    [InlineData("council spokesperson", true)]
    [InlineData("Moses Kiprono Rotich", false)]
    [InlineData("Kim", false)]
    public void A_speaker_described_by_role_is_told_from_a_name(string speaker, bool described) =>
        Assert.Equal(described, DescribedSpeaker.IsDescribed(speaker));

    [Theory]
    [InlineData("a Ministry of Unification official", new[] { "Ministry of Unification" }, "Ministry of Unification")]
    [InlineData("Maritime Ministry official", new string[0], "Maritime Ministry")]
    [InlineData("the union's general secretary", new string[0], "the union")]
    [InlineData("the official", new string[0], DescribedSpeaker.NotNamed)]
    public void A_described_speaker_is_filed_under_the_organisation_it_names(string speaker, string[] organisations, string expected) =>
        Assert.Equal(expected, DescribedSpeaker.Organisation(speaker, organisations));

    [Fact]
    public void Is_translation_reads_as_yes_no_or_unknown()
    {
        Assert.Equal("yes", TranslationStatus.Of(true));
        Assert.Equal("no", TranslationStatus.Of(false));
        Assert.Equal("unknown", TranslationStatus.Of(null));
    }
}
