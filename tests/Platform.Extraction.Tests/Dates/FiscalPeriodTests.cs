using Platform.Contracts;
using Platform.Extraction.Dates;

namespace Platform.Extraction.Tests.Dates;

/// <summary>Fiscal years, quarters and halves read against the fiscal calendar the article states, and "the three months to".</summary>
public sealed class FiscalPeriodTests
{
    private static readonly DateExpressionExtractor Extractor = new();

    /// <summary>Thursday 8 May 2025.</summary>
    private static readonly PublishedTime May8 = new() { Raw = "May 8, 2025", Local = "2025-05-08T07:30:00", OffsetSource = "none" };

    private static string? ValueOf(string body, string text)
    {
        var dates = Extractor.Extract(body, May8);
        foreach (var d in dates) Assert.Equal(d.Text, body.Substring(d.Start, d.End - d.Start));
        return Assert.Single(dates, d => d.Text == text).Resolved;
    }

    private const string JulyToJune =
        "The company reported a profit for the three months to March 31, its fiscal third quarter. ";

    [Theory]
    [InlineData(JulyToJune + "It expects fiscal 2025 operating profit of BBD 31 million.", "fiscal 2025", "2024-07/2025-06")]
    [InlineData(JulyToJune + "It returned to profit in the first half of the fiscal year.", "the first half of the fiscal year", "2024-41")]
    [InlineData(JulyToJune + "Sales in the second quarter rose 4%.", "the second quarter", "2024-36")]
    [InlineData(JulyToJune + "The dividend returns once the fiscal year closes.", "the fiscal year", "2024-07/2025-06")]
    [InlineData(JulyToJune + "It lost money in the first half of fiscal 2024.", "the first half of fiscal 2024", "2023-41")]
    public void A_stated_calendar_places_fiscal_periods(string body, string text, string value) =>
        Assert.Equal(value, ValueOf(body, text));

    [Theory]
    [InlineData("The council set a budget for the 2025/26 fiscal year, which runs from April 1 to March 31.", "the 2025/26 fiscal year", "2025-04/2026-03")]
    [InlineData("The ministry will spend TT$3 million in the 2024-2025 fiscal year, which began on October 1.", "the 2024-2025 fiscal year", "2024-10/2025-09")]
    [InlineData("The company's fiscal 2025 began on July 1, 2024, and profit in the first half fell 18%.", "the first half", "2024-41")]
    public void The_calendar_is_read_from_how_the_article_states_it(string body, string text, string value) =>
        Assert.Equal(value, ValueOf(body, text));

    [Fact]
    public void A_fiscal_quarter_that_is_not_a_calendar_quarter_is_its_months() =>
        Assert.Equal("2024-08/2024-10",
            ValueOf("Net income for the third quarter of fiscal 2025, the three months ended October 31, fell to C$41 million.", "the third quarter of fiscal 2025"));

    [Fact]
    public void Without_a_stated_calendar_a_quarter_is_a_calendar_quarter() =>
        Assert.Equal("2025-33", ValueOf("Revenue rose 8% in the first quarter.", "the first quarter"));

    [Theory]
    [InlineData("Profit rose in the three months to March 31.", "the three months to March 31", "2025-33")]
    [InlineData("Profit rose in the six months to December 31.", "the six months to December 31", "2024-41")]
    [InlineData("Sales fell in the nine months ended September 30, 2023.", "the nine months ended September 30, 2023", "2023-01/2023-09")]
    public void Months_to_a_date_are_the_period_ending_there(string body, string text, string value) =>
        Assert.Equal(value, ValueOf(body, text));

    [Fact]
    public void A_year_earlier_after_a_period_is_that_period_a_year_back() =>
        Assert.Equal("2024-33", ValueOf("Revenue rose 8% in the first quarter, up from 167 million a year earlier.", "a year earlier"));
}

/// <summary>Twelve-month periods named by their end or start, year edges and counts of years from the narrative's year.</summary>
public sealed class YearPeriodTests
{
    private static readonly DateExpressionExtractor Extractor = new();

    private static PublishedTime On(string day) => new() { Raw = day, Local = day + "T10:00:00", OffsetSource = "none" };

    private static string? ValueOf(string body, string text, string published) =>
        Assert.Single(Extractor.Extract(body, On(published)), d => d.Text == text).Resolved;

    [Theory]
    [InlineData("Revenue for the fiscal year ending March 2025 rose 9%.", "the fiscal year ending March 2025", "2025-03-10", "2024-04/2025-03")]
    [InlineData("Prices rose 4% in the year to June 30, 2024.", "the year to June 30, 2024", "2024-08-01", "2023-07/2024-06")]
    [InlineData("The budget covers the fiscal year that begins April 1.", "the fiscal year that begins April 1", "2025-03-19", "2025-04/2026-03")]
    [InlineData("Exports rose 4% in the first three months of the year.", "the first three months of the year", "2024-06-10", "2024-33")]
    [InlineData("Sales fell in the first nine months of 2023.", "the first nine months of 2023", "2024-06-10", "2023-01/2023-09")]
    [InlineData("The plant should be finished by the end of 2027.", "the end of 2027", "2025-03-19", "2027-12")]
    [InlineData("She was born in March 1936. Eighty-three years later she played at the festival.", "Eighty-three years later", "2025-03-19", "2019")]
    [InlineData("The mayor spoke this morning.", "this morning", "2024-11-04", "2024-11-04")]
    public void Twelve_month_periods_year_edges_and_counted_years(string body, string text, string published, string value) =>
        Assert.Equal(value, ValueOf(body, text, published));

    [Fact]
    public void Last_this_morning_is_not_a_date() =>
        Assert.DoesNotContain(Extractor.Extract("He left last morning's meeting early.", On("2024-11-04")), d => d.Text.Contains("morning", StringComparison.Ordinal));
}
