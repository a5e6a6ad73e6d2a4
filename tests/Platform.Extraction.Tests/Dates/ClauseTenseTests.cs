using Platform.Contracts;
using Platform.Extraction.Dates;

namespace Platform.Extraction.Tests.Dates;

/// <summary>The tense that places a bare day or month is read in the expression's own clause.</summary>
public sealed class ClauseTenseTests
{
    private static readonly DateExpressionExtractor Extractor = new();

    private static PublishedTime On(string day) => new() { Raw = day, Local = day + "T10:00:00", OffsetSource = "none" };

    private static string? ValueOf(string body, string text, string published) =>
        Assert.Single(Extractor.Extract(body, On(published)), d => d.Text == text).Resolved;

    [Theory]
    // "said" belongs to the next clause; "will hold" is this one's
    [InlineData("The company will hold its meeting on June 27 and said it would consider a dividend.", "June 27", "2025-05-08", "2025-06-27")]
    // "appointed ... on Monday" is past though the main clause looks ahead
    [InlineData("Jan Visser, a mediator appointed on Monday, said he expected to meet both sides on Wednesday.", "Monday", "2025-02-11", "2025-02-10")]
    // no marker in its clause: the nearest occurrence, not the tense of another clause
    [InlineData("Her final production, performed entirely with shadow puppets, premieres on March 14.", "March 14", "2025-01-22", "2025-03-14")]
    // a fronted phrase takes the tense of the clause after it
    [InlineData("In March, prices rose 3%.", "March", "2025-02-10", "2024-03")]
    // a conjunction joining two dates opens no clause
    [InlineData("Rain fell between March and May.", "between March and May", "2024-03-07", "2023-03/2023-05")]
    public void Tense_comes_from_the_expressions_clause(string body, string text, string published, string value) =>
        Assert.Equal(value, ValueOf(body, text, published));

    [Theory]
    [InlineData("The trial began in February last year.", "February last year", "2025-04-03", "2024-02")]
    [InlineData("The ruling is due on March 3 next year.", "March 3 next year", "2025-04-03", "2026-03-03")]
    [InlineData("The drought began in 2021. Harvests failed that year.", "that year", "2025-04-03", "2021")]
    [InlineData("Nobody should expect a deal before the weekend.", "the weekend", "2025-02-11", "2025-02-15/2025-02-16")]
    [InlineData("Crews worked through the weekend.", "the weekend", "2025-02-11", "2025-02-08/2025-02-09")]
    [InlineData("Talks resume next weekend.", "next weekend", "2025-02-11", "2025-02-22/2025-02-23")]
    [InlineData("The bridge is a 19th-century stone arch.", "19th-century", "2025-02-11", "18XX")]
    [InlineData("Profit fell in the July-to-December period.", "the July-to-December", "2025-02-11", "2024-07/2024-12")]
    public void Named_years_weekends_centuries_and_spans(string body, string text, string published, string value) =>
        Assert.Equal(value, ValueOf(body, text, published));
}

/// <summary>Schedules and intentions: a present copula before the day, a past intention, a participle after "stay".</summary>
public sealed class ScheduleTenseTests
{
    private static readonly DateExpressionExtractor Extractor = new();

    private static PublishedTime On(string day) => new() { Raw = day, Local = day + "T10:00:00", OffsetSource = "none" };

    private static string? ValueOf(string body, string text, string published) =>
        Assert.Single(Extractor.Extract(body, On(published)), d => d.Text == text).Resolved;

    [Theory]
    [InlineData("The second semi-final between those two sides is on Sunday.", "Sunday", "2024-12-28", "2024-12-29")]
    [InlineData("She hoped to have a deal before Thanksgiving.", "Thanksgiving", "2025-10-17", "2025-11-27")]
    [InlineData("Schools will stay closed until at least March 3.", "March 3", "2025-02-17", "2025-03-03")]
    [InlineData("On Sunday, after 42 years and more than 600 launches, the coxswain will hand over the seat.", "Sunday", "2025-03-28", "2025-03-30")]
    [InlineData("Jory said a farewell service would be held on the slipway at 2pm on Sunday, followed by a gathering.", "Sunday", "2025-03-28", "2025-03-30")]
    [InlineData("Employers and the union are due back at the conciliator's office on Wednesday.", "Wednesday", "2025-02-04", "2025-02-05")]
    [InlineData("The developer gave owners until December 31 to sign agreements.", "December 31", "2024-10-21", "2024-12-31")]
    [InlineData("The warning stays, with highs of 35C to 37C expected in Seoul and Daegu through the weekend.", "the weekend", "2025-08-05", "2025-08-09/2025-08-10")]
    [InlineData("She said she would summon both sides again at 10 a.m. on Wednesday.", "Wednesday", "2025-02-04", "2025-02-05")]
    public void Schedules_and_intentions_point_forward(string body, string text, string published, string value) =>
        Assert.Equal(value, ValueOf(body, text, published));
}
