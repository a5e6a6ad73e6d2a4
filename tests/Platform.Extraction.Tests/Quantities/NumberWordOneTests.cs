using Platform.Extraction.Quantities;

namespace Platform.Extraction.Tests.Quantities;

/// <summary>A spelled-out "one" before a noun is a determiner, not a count, unless it measures.</summary>
public sealed class NumberWordOneTests
{
    private static readonly QuantityExtractor Extractor = new();

    [Theory]
    [InlineData("\"We were robbed,\" said one fan outside the stadium.")]
    [InlineData("The visitors pulled one back before the break.")]
    [InlineData("One woman waited nine hours at the clinic.")]
    public void One_picking_out_an_individual_is_not_a_quantity(string body) =>
        Assert.DoesNotContain(Extractor.Extract(body), q => q.Value == 1);

    [Fact]
    public void One_with_a_unit_of_measure_is_a_quantity()
    {
        var q = Assert.Single(Extractor.Extract("Each family farms one hectare of maize."));
        Assert.Equal(1, q.Value);
    }

    [Fact]
    public void Larger_number_words_still_count() =>
        Assert.Contains(Extractor.Extract("Three nurses and two drivers were hurt."), q => q.Value == 3);
}
