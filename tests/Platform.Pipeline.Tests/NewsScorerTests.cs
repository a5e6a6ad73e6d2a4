using Platform.Cli.Evaluation;
using Platform.Contracts;

namespace Platform.Pipeline.Tests;

/// <summary>The news extraction scorer's matching rules: date text overlap and value, quote speakers, quantities.</summary>
public sealed class NewsScorerTests
{
    private static ExtractedDate Date(string text, string? resolved) =>
        new() { Text = text, Start = 0, End = text.Length, Resolved = resolved, Kind = "absolute", Evidence = "test" };

    private static ExtractedQuote Quote(string text, string? speaker) =>
        new() { Text = text, Start = 0, End = text.Length, Speaker = speaker, Evidence = "test" };

    private static ExtractedQuantity Quantity(string text) => new() { Text = text, Start = 0, End = text.Length, Evidence = "test" };

    private static ArticleExtraction Extraction(IReadOnlyList<ExtractedDate>? dates = null, IReadOnlyList<ExtractedQuote>? quotes = null,
        IReadOnlyList<ExtractedQuantity>? quantities = null) =>
        new() { Language = "en", Attempted = true, ExtractorVersion = "test", Dates = dates ?? [], Quotes = quotes ?? [], Quantities = quantities ?? [] };

    [Fact]
    public void A_date_counts_when_its_text_overlaps_and_its_value_is_the_truths()
    {
        var truth = new NewsTruth { File = "a.txt", Dates = [("last Tuesday", "2025-02-25"), ("the 1990s", "199X"), ("recently", null)] };
        var score = NewsScorer.Score(truth, Extraction(dates: [Date("Tuesday", "2025-02-25"), Date("the 1990s", "1990"), Date("recently", null), Date("for three years", null)]), null);
        Assert.Equal(new NewsScorer.Counts(2, 4), score.DatePrecision);
        Assert.Equal(new NewsScorer.Counts(2, 3), score.DateRecall);
    }

    [Fact]
    public void A_value_edtf_writes_two_ways_counts_as_one_but_a_different_period_does_not()
    {
        var truth = new NewsTruth
        {
            File = "a.txt",
            Dates = [("the fiscal third quarter", "2024-10/2024-12"), ("the first half", "2024-01/2024-06"), ("fiscal 2025", "2025"), ("the second quarter", "2024-04/2024-06")],
        };
        var score = NewsScorer.Score(truth, Extraction(dates:
            [Date("the fiscal third quarter", "2024-36"), Date("the first half", "2024-40"), Date("fiscal 2025", "2025-01/2025-12"), Date("the second quarter", "2024-35")]), null);
        Assert.Equal(new NewsScorer.Counts(3, 4), score.DatePrecision);
    }

    [Fact]
    public void A_speaker_is_right_by_name_and_an_unnamed_speaker_accepts_null_or_a_description_but_not_a_name()
    {
        var truth = new NewsTruth
        {
            File = "a.txt",
            Quotes = [("We keep the pump running", "Ellen Chiwara"), ("Nobody asked us", null), ("The water came at night", "an officer at the station"), ("It was not a dam", null)],
        };
        var score = NewsScorer.Score(truth, Extraction(quotes:
        [
            Quote("We keep the pump running because we keep the books.", "Ellen Chiwara"),
            Quote("Nobody asked us before the fence went up.", "resident"),
            Quote("The water came at night, all at once.", null),
            Quote("It was not a dam. It was a promise.", "Viktor Lysenko"),
        ]), null);
        Assert.Equal(new NewsScorer.Counts(3, 4), score.QuoteSpeakers);
    }

    [Fact]
    public void A_quantity_is_right_when_it_overlaps_a_truth_quantity_with_the_same_number()
    {
        var truth = new NewsTruth { File = "a.txt", Quantities = ["3,200 households", "12%"] };
        var score = NewsScorer.Score(truth, Extraction(quantities: [Quantity("3,200"), Quantity("two isolated regimes"), Quantity("12 per cent")]), null);
        Assert.Equal(new NewsScorer.Counts(1, 3), score.QuantityPrecision);
        Assert.Equal(new NewsScorer.Counts(1, 2), score.QuantityRecall);
    }

    [Fact]
    public void A_page_truth_without_date_or_quantity_lists_scores_only_quotes()
    {
        var truth = new NewsTruth { File = "a.txt", ScoresDates = false, ScoresQuantities = false };
        var score = NewsScorer.Score(truth, Extraction(dates: [Date("Tuesday", "2025-02-25")], quantities: [Quantity("3 goals")]), null);
        Assert.Equal(new NewsScorer.Counts(0, 0), score.DatePrecision);
        Assert.Equal(new NewsScorer.Counts(0, 0), score.QuantityPrecision);
    }
}
