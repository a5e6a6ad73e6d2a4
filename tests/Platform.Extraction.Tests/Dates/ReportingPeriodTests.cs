using Platform.Contracts;
using Platform.Extraction.Dates;

namespace Platform.Extraction.Tests.Dates;

/// <summary>
/// Company periods (hyphenated quarters, month spans, "the quarter", "the year-earlier period"), edges of a year or
/// month, "the past year", seasons of sport, and years counted from a coarser narrative date.
/// </summary>
public sealed class ReportingPeriodTests
{
    private static readonly DateExpressionExtractor Extractor = new();

    /// <summary>Wednesday 14 May 2025.</summary>
    private static readonly PublishedTime May14 = new() { Raw = "14 May 2025", Local = "2025-05-14T09:00:00", OffsetSource = "none" };

    private static IReadOnlyList<ExtractedDate> Extract(string body)
    {
        var dates = Extractor.Extract(body, May14);
        foreach (var d in dates) Assert.Equal(d.Text, body.Substring(d.Start, d.End - d.Start));
        return dates;
    }

    private static string? ValueOf(string body, string text) => Assert.Single(Extract(body), d => d.Text == text).Resolved;

    [Theory]
    [InlineData("The brewer posted first-quarter revenue of 3 billion pesos.", "first-quarter", "2025-33")]
    [InlineData("Analysts say second-half profit will recover.", "second-half", "2025-41")]
    public void Hyphenated_quarters_and_halves_in_money_sentences_are_periods(string body, string text, string value) =>
        Assert.Equal(value, ValueOf(body, text));

    [Fact]
    public void A_quarter_with_its_year_is_a_date_outside_money_sentences_too() =>
        Assert.Equal("2025-33", ValueOf("Rangers seized 40 traps in the first quarter of this year.", "the first quarter of this year"));

    [Fact]
    public void Two_months_joined_by_a_dash_are_one_interval() =>
        Assert.Equal("2025-01/2025-03", ValueOf("Ticket sales in January-March rose 8%.", "January-March"));

    [Fact]
    public void A_month_span_named_as_a_quarter_is_that_quarter() =>
        Assert.Equal("2024-36", ValueOf("Sales in the October-December quarter fell 3%.", "the October-December quarter"));

    [Fact]
    public void The_quarter_and_the_year_earlier_period_refer_to_the_latest_quarter_named()
    {
        const string body = "The miner's first-quarter profit rose 12%, against the first quarter of 2024. " +
                            "Output in the quarter reached 9 tonnes, up from 7 tonnes in the year-earlier period.";
        var dates = Extract(body);
        Assert.Equal("2025-33", Assert.Single(dates, d => d.Text == "the quarter").Resolved);
        var earlier = Assert.Single(dates, d => d.Text == "the year-earlier period");
        Assert.Equal("2024-33", earlier.Resolved);
        Assert.Equal("rule:referenced-period", earlier.Evidence);
    }

    [Fact]
    public void A_quarter_final_is_not_the_quarter() =>
        Assert.DoesNotContain(Extract("Revenue rose in the second quarter. The club reached the quarter-final."), d => d.Text.Contains("quarter-", StringComparison.Ordinal) || d.Text == "the quarter");

    [Fact]
    public void The_same_period_of_a_year_takes_the_referent_period_in_that_year() =>
        Assert.Equal("2023-40", ValueOf("Exports grew 4% in the first half of 2025, compared with 2% in the same period of 2023.", "the same period of 2023"));

    [Fact]
    public void Without_a_quarter_before_it_a_year_earlier_period_is_not_reported() =>
        Assert.DoesNotContain(Extract("Profit was higher than in the year-earlier period."), d => d.Text.Contains("period", StringComparison.Ordinal));

    [Theory]
    [InlineData("Fees rose at the start of the year.", "the start of the year", "2025-01")]
    [InlineData("The plant will close by the end of the year.", "the end of the year", "2025-12")]
    [InlineData("Rents fell at the end of last year.", "the end of last year", "2024-12")]
    [InlineData("The report is due at the end of the month.", "the end of the month", "2025-05")]
    public void Edges_of_a_year_or_month_give_its_month(string body, string text, string value) =>
        Assert.Equal(value, ValueOf(body, text));

    [Fact]
    public void The_past_year_is_a_date_without_a_value()
    {
        var d = Assert.Single(Extract("Prices have doubled over the past year."));
        Assert.Equal("the past year", d.Text);
        Assert.Null(d.Resolved);
    }

    [Theory]
    [InlineData("The club was relegated last season.", "last season", "2024")]
    [InlineData("She will captain the side next season.", "next season", "2026")]
    public void Seasons_of_sport_are_named_by_their_year(string body, string text, string value) =>
        Assert.Equal(value, ValueOf(body, text));

    [Fact]
    public void The_following_year_counts_from_a_preceding_year() =>
        Assert.Equal("2015", ValueOf("The mill opened in 2014 and was sold the following year.", "the following year"));
}
