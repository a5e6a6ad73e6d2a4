using Platform.Contracts;
using Platform.Extraction.Dates;

namespace Platform.Extraction.Tests.Dates;

public sealed class DateExpressionExtractorTests
{
    private static readonly DateExpressionExtractor Extractor = new();

    /// <summary>Thursday 7 March 2024, local time, no zone given.</summary>
    private static readonly PublishedTime ThursdayMarch7 = new()
    {
        Raw = "7 Mar. 2024, 10:00",
        Local = "2024-03-07T10:00:00",
        OffsetSource = "none",
    };

    private static IReadOnlyList<ExtractedDate> Extract(string body, PublishedTime? published)
    {
        var dates = Extractor.Extract(body, published);
        foreach (var d in dates) Assert.Equal(d.Text, body.Substring(d.Start, d.End - d.Start));
        return dates;
    }

    [Theory]
    [InlineData("The talks took place on March 4, 2024, in Geneva.", "March 4, 2024", "2024-03-04")]
    [InlineData("The accord was signed 4 Mar. in Geneva.", "4 Mar.", "2024-03-04")]
    [InlineData("Negotiators met Mar. 4 to review the draft.", "Mar. 4", "2024-03-04")]
    [InlineData("The filing is dated 2024-03-04 and runs to forty pages.", "2024-03-04", "2024-03-04")]
    [InlineData("The ferry line was first published on 4 March 2024.", "4 March 2024", "2024-03-04")]
    [InlineData("Grain exports rose sharply in March 2024 after the harbor reopened.", "March 2024", "2024-03")]
    [InlineData("The Lindqvist smelter opened in 2023 near the coast.", "2023", "2023")]
    [InlineData("Output recovered in early 2022 once the strike ended.", "2022", "2022")]
    [InlineData("The council approved it on Tuesday, March 5, 2024.", "Tuesday, March 5, 2024", "2024-03-05")]
    [InlineData("Harvest figures from Sept. 30 were revised.", "Sept. 30", "2023-09-30")]
    public void Resolves_absolute_dates(string body, string text, string resolved)
    {
        var date = Assert.Single(Extract(body, ThursdayMarch7));
        Assert.Equal(text, date.Text);
        Assert.Equal(resolved, date.Resolved);
        Assert.Equal("absolute", date.Kind);
    }

    [Theory]
    [InlineData("Ministers from both parties met on Monday.", "Monday", "2024-03-04")]
    [InlineData("The vote came Thursday after a long debate.", "Thursday", "2024-03-07")]
    [InlineData("The envoy will arrive on Monday with a new offer.", "Monday", "2024-03-11")]
    [InlineData("The summit is scheduled to open Friday in Oslo.", "Friday", "2024-03-08")]
    [InlineData("Talks resume next Monday, the mediator said.", "next Monday", "2024-03-11")]
    [InlineData("Forecasters expect another 40 millimeters of rain in the hills by Sunday.", "Sunday", "2024-03-10")]
    [InlineData("The bridge stays shut until Saturday.", "Saturday", "2024-03-09")]
    [InlineData("Most residents had left by Tuesday.", "Tuesday", "2024-03-05")]
    [InlineData("They last spoke last Tuesday by phone.", "last Tuesday", "2024-03-05")]
    [InlineData("Prices at the fish market fell yesterday.", "yesterday", "2024-03-06")]
    [InlineData("The board meets today to pick a chair.", "today", "2024-03-07")]
    [InlineData("Container traffic slowed last week, port data showed.", "last week", "2024-W09")]
    [InlineData("Regulators promised a ruling earlier this week.", "earlier this week", "2024-W10")]
    [InlineData("Shipments should resume next month.", "next month", "2024-04")]
    [InlineData("Deliveries doubled this month.", "this month", "2024-03")]
    [InlineData("Turnout fell to a record low last year.", "last year", "2023")]
    [InlineData("The cooperative was founded three years ago by fishermen.", "three years ago", "2021")]
    [InlineData("The dam was inspected 10 days ago.", "10 days ago", "2024-02-26")]
    [InlineData("Budget talks began in April with a walkout.", "April", "2023-04")]
    [InlineData("The harbor festival is held in June.", "June", "2024-06")]
    [InlineData("Budget talks will begin in April.", "April", "2024-04")]
    public void Resolves_relative_expressions_against_publication_date(string body, string text, string resolved)
    {
        var date = Assert.Single(Extract(body, ThursdayMarch7));
        Assert.Equal(text, date.Text);
        Assert.Equal(resolved, date.Resolved);
        Assert.Equal("relative", date.Kind);
        Assert.Equal("2024-03-07 (publication date)", date.Anchor);
    }

    [Fact]
    public void Counts_narrative_offsets_from_the_preceding_date()
    {
        var body = "The storm reached the coast on Monday. Two days earlier, forecasters had issued a warning. The next day, the harbor closed.";
        var dates = Extract(body, ThursdayMarch7);
        Assert.Equal(["Monday", "Two days earlier", "The next day"], dates.Select(d => d.Text));
        Assert.Equal(["2024-03-04", "2024-03-02", "2024-03-03"], dates.Select(d => d.Resolved));
        Assert.StartsWith("2024-03-04 (preceding date", dates[1].Anchor);
    }

    [Fact]
    public void Infers_the_year_nearest_the_publication_for_a_day_without_year()
    {
        var published = new PublishedTime { Raw = "3 Jan. 2024", Local = "2024-01-03", DateOnly = true, OffsetSource = "none" };
        var date = Assert.Single(Extract("The ferry last sailed Dec. 28 before the ice set in.", published));
        Assert.Equal("Dec. 28", date.Text);
        Assert.Equal("2023-12-28", date.Resolved);
    }

    [Fact]
    public void Leaves_relative_dates_unresolved_without_publication_date()
    {
        var dates = Extract("Ministers met on Monday and again yesterday.", null);
        Assert.Equal(["Monday", "yesterday"], dates.Select(d => d.Text));
        Assert.All(dates, d => Assert.Null(d.Resolved));
        Assert.All(dates, d => Assert.Null(d.Anchor));
    }

    [Fact]
    public void Reports_vague_expressions_without_resolution()
    {
        var date = Assert.Single(Extract("The union recently warned of strikes.", ThursdayMarch7));
        Assert.Equal("recently", date.Text);
        Assert.Null(date.Resolved);
        Assert.Equal("rule:vague", date.Evidence);
    }

    [Theory]
    [InlineData("The blockade has lasted for three years.")]
    [InlineData("A decade-long dispute over fishing rights continues.")]
    [InlineData("The two sides spent three years negotiating the treaty.")]
    [InlineData("Exports rose 2,024 tonnes and the index gained 2019 points.")]
    public void Ignores_durations_and_plain_numbers(string body)
    {
        Assert.Empty(Extract(body, ThursdayMarch7));
    }

    [Fact]
    public void Lets_the_main_verb_not_a_distant_reporting_verb_set_the_tense()
    {
        var date = Assert.Single(Extract("Dockworkers will strike on Saturday, and union leaders said turnout could be high.", ThursdayMarch7));
        Assert.Equal("2024-03-09", date.Resolved);
    }

    [Fact]
    public void Puts_a_day_without_year_on_the_side_the_tense_points_to()
    {
        var published = new PublishedTime { Raw = "20 Sep. 2024", Local = "2024-09-20", DateOnly = true, OffsetSource = "none" };
        var date = Assert.Single(Extract("The assembly will vote again on March 12.", published));
        Assert.Equal("2025-03-12", date.Resolved);
    }

    [Fact]
    public void Reads_a_decade_as_one_expression_not_as_a_year()
    {
        var d = Assert.Single(Extract("Inflation is the highest since the 1990s.", ThursdayMarch7));
        Assert.Equal("the 1990s", d.Text);
        Assert.Equal("199X", d.Resolved);
    }

    [Fact]
    public void Does_not_read_the_modal_may_as_a_month()
    {
        Assert.Empty(Extract("The ministry may raise tariffs, and it may do so soon.", ThursdayMarch7));
    }

    [Fact]
    public void Names_the_publication_zone_in_the_anchor()
    {
        var date = Assert.Single(Extract("The minister spoke on Tuesday.", SampleArticle.Published));
        Assert.Equal("2025-06-17", date.Resolved);
        Assert.Equal("2025-06-19 (publication date, Asia/Seoul)", date.Anchor);
        Assert.Equal("rule:weekday", date.Evidence);
    }

    [TeamSharedFact]
    public void Resolves_the_sample_article_weekdays()
    {
        var body = SampleArticle.Body;
        var dates = Extract(body, SampleArticle.Published);
        Assert.Equal(2, dates.Count);
        Assert.Equal("Thursday", dates[0].Text);
        Assert.Equal("2025-06-19", dates[0].Resolved);
        Assert.Equal(body.IndexOf("Thursday", StringComparison.Ordinal), dates[0].Start);
        Assert.Equal("Tuesday", dates[1].Text);
        Assert.Equal("2025-06-17", dates[1].Resolved);
        Assert.Equal(body.IndexOf("on Tuesday", StringComparison.Ordinal) + 3, dates[1].Start);
        Assert.All(dates, d => Assert.Equal("relative", d.Kind));
    }
}
