using Platform.Contracts;
using Platform.Extraction.Dates;
using Platform.Extraction.Quantities;

namespace Platform.Extraction.Tests.Quantities;

/// <summary>Numbers and dates written in another script's decimal digits are read, not a crash of the stage.</summary>
public sealed class OtherScriptDigitsTests
{
    [Theory]
    [InlineData("The council bought ۱۶ buses for the city.", 16)]
    [InlineData("The price rose to ٣٬٥٠٠ rials per kilo.", 3500)]
    [InlineData("Prices rose ४५% in the year.", 45)]
    public void A_number_in_another_scripts_digits_has_its_value(string body, double value)
    {
        var q = Assert.Single(new QuantityExtractor().Extract(body));
        Assert.Equal(value, q.Value!.Value, 6);
        Assert.Equal(q.Text, body.Substring(q.Start, q.End - q.Start));
    }

    [Fact]
    public void A_date_in_another_scripts_digits_is_resolved()
    {
        var published = new PublishedTime { Raw = "20 March 2025", Local = "2025-03-20T10:00:00", OffsetSource = "none" };
        var date = Assert.Single(new DateExpressionExtractor().Extract("The council met on ۳ March ۲۰۲۵ to vote on the buses.", published));
        Assert.Equal("2025-03-03", date.Resolved);
    }

    [Fact]
    public void The_whole_extraction_of_a_body_full_of_other_digits_does_not_fail()
    {
        var article = new ArticleDocument
        {
            Format = "text", Encoding = "utf-8", EncodingReason = "valid", Language = "en",
            Body = "The council approved ۱۶ new buses on ۳ March ۲۰۲۵ at 10:۳۰ and spent ۴٫۵ million rials, ۱۲% more than in ۲۰۲۴.\n\nOn ١٥ April the price rose in Q۱ ۲۰۲۵ and the ۱۹۹۰s.",
        };
        var extraction = ArticleExtractor.CreateDefault().Extract(article, null);
        Assert.True(extraction.Attempted);
        Assert.NotEmpty(extraction.Quantities);
    }
}
