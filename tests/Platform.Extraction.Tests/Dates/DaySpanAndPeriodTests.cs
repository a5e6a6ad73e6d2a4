using Platform.Contracts;
using Platform.Extraction.Dates;

namespace Platform.Extraction.Tests.Dates;

/// <summary>
/// Days of one month written as a span, abbreviated month spans in table headings, a quarter naming its year, weeks of a
/// month, spelled-out centuries and the tense of an expectation in the pluperfect or of a telling. Invented sentences,
/// published on 12 March 2025.
/// </summary>
public sealed class DaySpanAndPeriodTests
{
    private static readonly DateExpressionExtractor Extractor = new();

    private static PublishedTime On(string day) => new() { Raw = day, Local = day + "T10:00:00", OffsetSource = "none" };

    private static IReadOnlyList<ExtractedDate> Dates(string body, string published = "2025-03-12") => Extractor.Extract(body, On(published));

    [Theory]
    [InlineData("The first phase will run March 20-26 in the capital.", "2025-03-20/2025-03-26")]
    [InlineData("Voting follows from April 10 to 16 in the northern provinces.", "2025-04-10/2025-04-16")]
    [InlineData("- Phase two, 14–18 April: Dosso and Tillabéri regions", "2025-04-14/2025-04-18")]
    [InlineData("The fair is held between 3 and 5 May every year.", "2025-05-03/2025-05-05")]
    public void Days_of_one_month_written_as_a_span_are_one_interval(string body, string value) =>
        Assert.Contains(Dates(body), d => d.Resolved == value && d.Evidence == "rule:day-range");

    [Theory]
    [InlineData("The visitors won on May 2-1 aggregate after extra time.")]
    [InlineData("Inflation eased to March 4-5% according to the survey.")]
    [InlineData("The match on March 20 ended 26-20 to the hosts.")]
    [InlineData("Tickets for days 0-5 May were sold out.")]
    public void A_score_a_share_or_a_later_number_is_no_day_span(string body) =>
        Assert.DoesNotContain(Dates(body), d => d.Evidence == "rule:day-range");

    [Fact]
    public void An_abbreviated_month_span_with_a_year_as_a_table_heading_writes_it() =>
        Assert.Contains(Dates("Half-year results      Apr-Sep 2024      Apr-Sep 2023"), d => d.Resolved == "2024-04/2024-09");

    [Fact]
    public void A_quarter_named_by_its_months_takes_the_year_written_after_it() =>
        Assert.Contains(Dates("Margins fell sharply in the October-December quarter of 2023, traders said."), d => d.Resolved == "2023-36");

    [Theory]
    [InlineData("Crews will return in the first week of May to finish the embankment.", "2025-05-01/2025-05-07")]
    [InlineData("Schools closed in the last week of February after the storm.", "2025-02-22/2025-02-28")]
    public void A_week_of_a_month_is_its_seven_days(string body, string value) =>
        Assert.Contains(Dates(body), d => d.Resolved == value && d.Evidence == "rule:week-of-month");

    [Fact]
    public void A_spelled_out_century_is_a_century() =>
        Assert.Contains(Dates("They wanted her to paint like a man from the nineteenth century."), d => d.Resolved == "18XX");

    [Theory]
    // (published in November: "in March" said in the pluperfect or after a telling is the March before, not the next one)
    [InlineData("The recovery came sooner than the board had expected in March.", "2025-03")]
    [InlineData("\"We told investors in May that the second half would be better,\" he said.", "2025-05")]
    public void An_expectation_in_the_pluperfect_and_a_telling_are_past(string body, string value) =>
        Assert.Contains(Dates(body, "2025-11-12"), d => d.Resolved == value);

    [Fact]
    public void A_reporting_period_the_sentence_looks_ahead_to_ends_at_the_coming_month() =>
        Assert.Contains(Dates("The company will report results for the nine months to December on February 11.", "2025-11-12"),
            d => d.Resolved == "2025-04/2025-12");
}
