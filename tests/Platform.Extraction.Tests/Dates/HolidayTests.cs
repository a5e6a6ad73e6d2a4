using Platform.Contracts;
using Platform.Extraction.Dates;

namespace Platform.Extraction.Tests.Dates;

/// <summary>Named days: fixed, weekday-rule, Easter-cycle and lunar holidays, placed like a day without a year.</summary>
public sealed class HolidayTests
{
    private static readonly DateExpressionExtractor Extractor = new();

    private static PublishedTime On(string day) => new() { Raw = day, Local = day + "T10:00:00", OffsetSource = "none" };

    private static string? ValueOf(string body, string text, string published) =>
        Assert.Single(Extractor.Extract(body, On(published)), d => d.Text == text).Resolved;

    [Theory]
    [InlineData("Grain must reach the ports before Christmas.", "Christmas", "2024-12-03", "2024-12-25")]
    [InlineData("Sales were weak over Christmas.", "Christmas", "2025-01-20", "2024-12-25")]
    [InlineData("Roses sold out on Valentine's Day.", "Valentine's Day", "2025-03-01", "2025-02-14")]
    [InlineData("The parade returns on St Patrick's Day.", "St Patrick's Day", "2025-02-10", "2025-03-17")]
    [InlineData("Cemeteries will be crowded on All Saints' Day.", "All Saints' Day", "2025-10-20", "2025-11-01")]
    [InlineData("Families visited graves on All Souls' Day.", "All Souls' Day", "2025-11-05", "2025-11-02")]
    [InlineData("The park opens on Memorial Day.", "Memorial Day", "2025-05-01", "2025-05-26")]
    [InlineData("Traffic peaks at Thanksgiving.", "Thanksgiving", "2024-11-10", "2024-11-28")]
    [InlineData("The church was full at Easter.", "Easter", "2025-05-02", "2025-04-20")]
    [InlineData("Shops closed on Good Friday 2024.", "Good Friday 2024", "2025-05-02", "2024-03-29")]
    [InlineData("Markets will close for Eid al-Fitr.", "Eid al-Fitr", "2025-03-10", "2025-03-30")]
    [InlineData("Flights will fill up before Lunar New Year.", "Lunar New Year", "2025-01-10", "2025-01-29")]
    [InlineData("Working hours are shorter during Ramadan.", "Ramadan", "2025-02-20", "2025-03-01/2025-03-29")]
    public void Holidays_resolve_to_their_day(string body, string text, string published, string value) =>
        Assert.Equal(value, ValueOf(body, text, published));

    [Theory]
    [InlineData("They sailed to Easter Island.")]
    [InlineData("The Christmas tree went up in the square.")]
    public void A_holiday_name_inside_another_name_is_not_a_date(string body) =>
        Assert.DoesNotContain(Extractor.Extract(body, On("2025-01-10")), d => d.Evidence == "rule:holiday");
}
