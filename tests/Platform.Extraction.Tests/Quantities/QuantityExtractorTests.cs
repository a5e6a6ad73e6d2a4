using Platform.Contracts;
using Platform.Extraction.Quantities;
using Platform.Extraction.Tests.Dates;

namespace Platform.Extraction.Tests.Quantities;

public sealed class QuantityExtractorTests
{
    private static readonly QuantityExtractor Extractor = new();

    private static IReadOnlyList<ExtractedQuantity> Extract(string body)
    {
        var quantities = Extractor.Extract(body);
        foreach (var q in quantities) Assert.Equal(q.Text, body.Substring(q.Start, q.End - q.Start));
        return quantities;
    }

    [Theory]
    [InlineData("Pyongyang agreed to send an additional 6,000 personnel to the front.", "6,000 personnel", 6000, "personnel")]
    [InlineData("The navy deployed an extra 1,200 troops to the islands.", "1,200 troops", 1200, "troops")]
    [InlineData("The rescue package is worth $1.2 billion, the ministry said.", "$1.2 billion", 1.2e9, "USD")]
    [InlineData("Consumer prices rose 3 percent in the quarter.", "3 percent", 3, "percent")]
    [InlineData("Consumer prices rose 3% in the quarter.", "3%", 3, "percent")]
    [InlineData("The ministry set aside ₩500 billion for the fishing towns.", "₩500 billion", 5e11, "KRW")]
    [InlineData("The city won a grant of €40 million for the tram.", "€40 million", 4e7, "EUR")]
    [InlineData("The refinery stores 2.5 million barrels of crude.", "2.5 million barrels", 2.5e6, "barrels")]
    [InlineData("Crews repaired a 12 km stretch of the coast road.", "12 km", 12, "km")]
    [InlineData("The fleet lost three ships in the storm.", "three ships", 3, "ships")]
    [InlineData("Investigators recovered a dozen drones near the border.", "a dozen drones", 12, "drones")]
    [InlineData("The province will spend 800 billion won on new ferries.", "800 billion won", 8e11, "KRW")]
    [InlineData("Rates climbed 0.25 percentage points on Monday.", "0.25 percentage points", 0.25, "percentage points")]
    [InlineData("Only 40 North Korean workers stayed behind.", "40 North Korean workers", 40, "workers")]
    [InlineData("The strike idled twenty-five trawlers at the pier.", "twenty-five trawlers", 25, "trawlers")]
    [InlineData("Organizers expect two hundred volunteers this weekend.", "two hundred volunteers", 200, "volunteers")]
    [InlineData("A 6,000-strong force crossed the river at dawn.", "6,000-strong force", 6000, "force")]
    [InlineData("The company paid USD 3 million to outside counsel.", "USD 3 million", 3e6, "USD")]
    public void Extracts_value_and_unit(string body, string text, double value, string unit)
    {
        var q = Assert.Single(Extract(body));
        Assert.Equal(text, q.Text);
        Assert.Equal(value, q.Value!.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.False(q.Approximate);
    }

    [Theory]
    [InlineData("Tens of thousands of protesters filled the square.", "Tens of thousands of protesters", 1e4, "protesters")]
    [InlineData("Hundreds of fishermen blocked the harbor.", "Hundreds of fishermen", 100, "fishermen")]
    [InlineData("Dozens of villages lost power overnight.", "Dozens of villages", 12, "villages")]
    [InlineData("About 300 people attended the vigil.", "300 people", 300, "people")]
    [InlineData("The storm destroyed nearly 40 percent of the crop.", "40 percent", 40, "percent")]
    [InlineData("More than 1,500 households were evacuated.", "1,500 households", 1500, "households")]
    public void Marks_vague_and_hedged_amounts_approximate(string body, string text, double value, string unit)
    {
        var q = Assert.Single(Extract(body));
        Assert.Equal(text, q.Text);
        Assert.Equal(value, q.Value!.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.True(q.Approximate);
    }

    [Fact]
    public void Reads_half_as_a_fraction_of_its_noun()
    {
        var q = Assert.Single(Extract("Half of the budget went unspent."));
        Assert.Equal(0.5, q.Value);
        Assert.Equal("budget", q.Unit);
        Assert.Equal("rule:fraction", q.Evidence);
    }

    [Theory]
    [InlineData("The smelter opened in 2023 and closed in 2024.")]
    [InlineData("The talks began on March 4 and ended 6 March.")]
    [InlineData("The ferry leaves at 3 p.m. and returns at 9 pm.")]
    [InlineData("Voting opened at 14:30 on the 4th floor.")]
    [InlineData("Article 50 of the charter and Resolution 2231 were cited.")]
    [InlineData("The air force grounded its F-35 jets and a G20 envoy left.")]
    [InlineData("The dock was flooded two days earlier, officials said.")]
    [InlineData("No one was hurt, and one of the cranes was later repaired.")]
    [InlineData("The mayor, 54, declined to comment.")]
    public void Skips_years_dates_times_ordinals_and_names(string body)
    {
        Assert.Empty(Extract(body));
    }

    [Fact]
    public void Finds_several_quantities_in_order()
    {
        var quantities = Extract("The port handled 4.2 million containers, up 7 percent, and earned $310 million.");
        Assert.Equal(["4.2 million containers", "7 percent", "$310 million"], quantities.Select(q => q.Text));
        Assert.Equal(["containers", "percent", "USD"], quantities.Select(q => q.Unit));
    }

    [TeamSharedFact]
    public void Finds_the_sample_articles_personnel_count()
    {
        var body = SampleArticle.Body;
        var quantities = Extract(body);
        var personnel = Assert.Single(quantities, q => q.Unit == "personnel");
        Assert.Equal(6000, personnel.Value);
        Assert.Equal("6,000 personnel", personnel.Text);
        Assert.Equal(body.IndexOf("6,000", StringComparison.Ordinal), personnel.Start);
        Assert.DoesNotContain(quantities, q => q.Text.Contains("Korea", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_too_large_for_a_double_keeps_its_text_without_a_value()
    {
        var body = "The ransom note demanded $" + new string('9', 400) + " in cash.";

        var quantities = new Platform.Extraction.Quantities.QuantityExtractor().Extract(body);

        Assert.All(quantities, q => Assert.True(q.Value is null || double.IsFinite(q.Value.Value)));
    }
}
