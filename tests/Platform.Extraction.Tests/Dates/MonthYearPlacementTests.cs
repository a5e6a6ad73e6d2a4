using Platform.Contracts;
using Platform.Extraction.Dates;

namespace Platform.Extraction.Tests.Dates;

/// <summary>
/// Which year a month name or a day without a year lies in: the tense of its own clause, not a reporting verb after a
/// comma; a modal with "have" is past; schedules and starts ("payable on", "from") point forward; without a tense, the
/// occurrence nearest the publication.
/// </summary>
public sealed class MonthYearPlacementTests
{
    private static readonly DateExpressionExtractor Extractor = new();

    /// <summary>Tuesday 11 March 2025.</summary>
    private static readonly PublishedTime March11 = new() { Raw = "11 Mar. 2025", Local = "2025-03-11T09:00:00", OffsetSource = "none" };

    /// <summary>Thursday 2 October 2025.</summary>
    private static readonly PublishedTime October2 = new() { Raw = "2 Oct. 2025", Local = "2025-10-02T09:00:00", OffsetSource = "none" };

    private static string? ValueOf(string body, string text, PublishedTime published) =>
        Assert.Single(Extractor.Extract(body, published), d => d.Text == text).Resolved;

    [Fact]
    public void A_month_without_a_tense_is_the_occurrence_nearest_publication()
    {
        Assert.Equal("2024-11", ValueOf("Grid cuts in November hit the smelters hardest.", "November", March11));
        Assert.Equal("2026-01", ValueOf("The council's plan raises fares from January, with discounts for students.", "January", October2));
    }

    [Fact]
    public void A_modal_perfect_is_past() =>
        Assert.Equal("2024-12", ValueOf("The waiver should have come in December.", "December", March11));

    [Fact]
    public void A_modal_alone_points_forward() =>
        Assert.Equal("2025-04", ValueOf("Traffic should ease after the holiday in April.", "April", March11));

    [Fact]
    public void A_reporting_clause_after_a_comma_does_not_date_the_expression() =>
        Assert.Equal("2025-06-30", ValueOf("Members get their refunds by June 30, she said.", "June 30", March11));

    [Theory]
    [InlineData("The dividend, declared last week, is payable on March 28 to shareholders.", "March 28", "2025-03-28")]
    [InlineData("The budget year begins on April 1 for every ministry.", "April 1", "2025-04-01")]
    public void Schedules_point_forward(string body, string text, string value) =>
        Assert.Equal(value, ValueOf(body, text, March11));

    [Fact]
    public void A_start_before_a_past_verb_stays_in_the_past() =>
        Assert.Equal("2024-06", ValueOf("Deliveries had risen from June, the miller said.", "June", March11));

    [Fact]
    public void An_expected_period_lies_ahead() =>
        Assert.Equal("2025-04/2025-06", Assert.Single(Extractor.Extract("Aid will cover the dry spell expected between April and June, officials said.", March11)).Resolved);

    [Fact]
    public void A_start_in_a_sentence_told_in_the_past_stays_in_the_past() =>
        Assert.Equal("2024-09-30", ValueOf("Stock counts from Sept. 30 were corrected.", "Sept. 30", March11));
}
