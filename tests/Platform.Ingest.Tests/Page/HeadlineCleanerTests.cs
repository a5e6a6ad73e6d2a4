using Platform.Ingest.Decoding.Page;
using Xunit;

namespace Platform.Ingest.Tests.Page;

public sealed class HeadlineCleanerTests
{
    private static readonly HashSet<string> NoSites = [];

    [Theory]
    [InlineData("Translation: \"We were told the river would wait\"", "We were told the river would wait")]
    [InlineData("1. Translation: Beekeepers find a way into a new market", "Beekeepers find a way into a new market")]
    [InlineData("ENVIRONMENT | Olive mills turn leftover pulp into winter fuel", "Olive mills turn leftover pulp into winter fuel")]
    [InlineData("Old bathhouses fight to stay openOwners say gas bills have doubled", "Old bathhouses fight to stay open")]
    [InlineData("Rest Stops for Riders: Delivery Workers Get a Place to Sit Down", "Rest Stops for Riders: Delivery Workers Get a Place to Sit Down")]
    [InlineData("Ferry trial to start in March, council says - The Harbour Times", "Ferry trial to start in March, council says")]
    public void Cleans_prefixes_suffixes_and_fused_subtitles(string line, string expected) =>
        Assert.Equal(expected, HeadlineCleaner.Clean(line, NoSites));

    [Fact]
    public void A_from_outlet_kicker_is_cut_when_the_page_names_that_outlet_again()
    {
        var a = PageDumps.Read("THE STRAITS MERCURY\nFrom Papur y Morfa: Village shop saved by community share offer\nWords: Eleri Hughes\n" + PageDumps.Body +
                               "This is an English version of a story first published by Papur y Morfa.\n");
        Assert.Equal("Village shop saved by community share offer", a.Headline);
    }

    [Fact]
    public void A_title_case_headline_is_not_split_as_a_fused_subtitle() =>
        Assert.Equal("Why Seven Small Towns Bought Their Own Ferry Last Winter Together",
            HeadlineCleaner.SplitFusedSubtitle("Why Seven Small Towns Bought Their Own Ferry Last Winter Together"));
}
