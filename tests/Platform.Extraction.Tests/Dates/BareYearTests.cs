using Platform.Contracts;
using Platform.Extraction.Dates;

namespace Platform.Extraction.Tests.Dates;

/// <summary>
/// A year-shaped number names a year wherever it stands ("a 2021 survey", "the flood of 2019", "the best season was
/// 2018"), unless it counts something or labels a name. Invented sentences.
/// </summary>
public sealed class BareYearTests
{
    private static readonly DateExpressionExtractor Extractor = new();

    private static PublishedTime On(string day) => new() { Raw = day, Local = day + "T10:00:00", OffsetSource = "none" };

    private static IReadOnlyList<ExtractedDate> Dates(string body) => Extractor.Extract(body, On("2025-03-12"));

    [Theory]
    [InlineData("A 2021 survey by the port authority found the same.", "2021")]
    [InlineData("Levels fell to the lowest of 2019 by the end of the dry season.", "2019")]
    [InlineData("The best season was 2018, when the club won everything.", "2018")]
    [InlineData("Prices remain far above 2022 levels, traders said.", "2022")]
    [InlineData("The budget for 2026 is 40 million pesos.", "2026")]
    public void A_year_shaped_number_outside_a_count_is_a_year(string body, string year) =>
        Assert.Equal(year, Assert.Single(Dates(body), d => d.Text == year).Resolved);

    [Theory]
    [InlineData("About 2000 households lost power.")]
    [InlineData("The club sold 1850 tickets for the final.")]
    [InlineData("Its shares trade under the code 1987 in Tokyo.")]
    [InlineData("Her second album, Kalunga 2000, sold well.")]
    [InlineData("The relief fund paid out $1990 to each family.")]
    public void A_count_a_label_or_part_of_a_name_is_not_a_year(string body) =>
        Assert.DoesNotContain(Dates(body), d => d.Text.Length == 4 && d.Text.All(char.IsAsciiDigit));

    // (a list entry has no tense of its own: the nearest November, from 12 March 2025)
    [Fact]
    public void A_day_before_a_colon_is_still_a_day_and_closes_a_range() =>
        Assert.Equal("2024-11-18/2024-11-20", Assert.Single(Dates("- November 18 to November 20: early voting at every polling station")).Resolved);
}
