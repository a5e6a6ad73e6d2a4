using Platform.Contracts;
using Platform.Extraction.Dates;

namespace Platform.Extraction.Tests.Dates;

/// <summary>Decades, seasons, quarters and halves (EDTF values) and ranges of two dates (EDTF intervals).</summary>
public sealed class PeriodAndRangeTests
{
    private static readonly DateExpressionExtractor Extractor = new();

    /// <summary>Thursday 7 March 2024.</summary>
    private static readonly PublishedTime March7 = new() { Raw = "7 Mar. 2024", Local = "2024-03-07T10:00:00", OffsetSource = "none" };

    private static ExtractedDate Only(string body)
    {
        var dates = Extractor.Extract(body, March7);
        foreach (var d in dates) Assert.Equal(d.Text, body.Substring(d.Start, d.End - d.Start));
        return Assert.Single(dates);
    }

    [Theory]
    [InlineData("Prices last rose this fast in the 1990s.", "the 1990s", "199X")]
    [InlineData("She arrived in the early 1980s with two suitcases.", "the early 1980s", "198X")]
    [InlineData("The mill closed in the '70s.", "the '70s", "197X")]
    [InlineData("Back in the nineties the port was busier.", "the nineties", "199X")]
    public void Decades_resolve_to_edtf_decades(string body, string text, string value)
    {
        var d = Only(body);
        Assert.Equal(text, d.Text);
        Assert.Equal(value, d.Resolved);
    }

    [Fact]
    public void Ages_written_as_decades_are_not_dates() =>
        Assert.Empty(Extractor.Extract("Most of the volunteers are in their 50s and in her nineties.", March7));

    [Theory]
    [InlineData("The river flooded last summer.", "2023-22")]
    [InlineData("The road was closed during the winter of 2014.", "2014-24")]
    [InlineData("The school will reopen next autumn.", "2024-23")]
    [InlineData("Farmers planted more maize this spring.", "2024-21")]
    public void Seasons_resolve_to_edtf_seasons(string body, string value) => Assert.Equal(value, Only(body).Resolved);

    [Theory]
    [InlineData("Summer crops failed across the valley.")]
    [InlineData("Since the fall of the old regime, rents have doubled.")]
    public void A_season_word_without_a_modifier_year_or_preposition_is_not_a_date(string body) =>
        Assert.Empty(Extractor.Extract(body, March7));

    [Theory]
    [InlineData("Revenue rose 12% in the fourth quarter.", "the fourth quarter", "2023-36")]
    [InlineData("Sales in the first half of 2023 fell.", "the first half of 2023", "2023-40")]
    [InlineData("Profit will recover in the second half.", "the second half", "2024-41")]
    [InlineData("Q1 2025 revenue guidance was cut.", "Q1 2025", "2025-33")]
    public void Quarters_and_halves_in_money_sentences_resolve_to_edtf(string body, string text, string value)
    {
        var d = Only(body);
        Assert.Equal(text, d.Text);
        Assert.Equal(value, d.Resolved);
    }

    [Fact]
    public void A_quarter_or_half_of_a_game_is_play_time_not_a_date() =>
        Assert.Empty(Extractor.Extract("Rovers scored twice in the second half and led after the third quarter.", March7));

    [Theory]
    [InlineData("The audit covered the years from 2019 to 2022.", "from 2019 to 2022", "2019/2022")]
    [InlineData("Rain is expected between March and May.", "between March and May", "2024-03/2024-05")]
    [InlineData("Rain fell between March and May.", "between March and May", "2023-03/2023-05")]
    [InlineData("He chaired the board 2015-2021.", "2015-2021", "2015/2021")]
    [InlineData("The fraud ran from March 2017 to June 2019.", "from March 2017 to June 2019", "2017-03/2019-06")]
    public void Two_dates_bounding_one_period_are_one_interval(string body, string text, string value)
    {
        var d = Only(body);
        Assert.Equal(text, d.Text);
        Assert.Equal(value, d.Resolved);
    }
}
