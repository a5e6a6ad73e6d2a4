using Platform.Extraction.Quantities;

namespace Platform.Extraction.Tests.Quantities;

/// <summary>Figures in a table's rows: a rank before a name counts nothing, and a row's last figure does not count the next row.</summary>
public sealed class TableRowFigureTests
{
    private static readonly QuantityExtractor Extractor = new();

    [Fact]
    public void A_rank_opening_a_row_before_a_name_is_not_a_count()
    {
        const string body = "The standings:\n1 Volta Stars 20 12 5 3 41\n2 Ashanti Rovers 20 12 4 4 40";
        Assert.DoesNotContain(Extractor.Extract(body), q => q.Text.StartsWith("1 Volta", StringComparison.Ordinal) || q.Text.StartsWith("2 Ashanti", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_ending_a_row_does_not_count_the_name_on_the_next_row()
    {
        const string body = "Cairns Cassowaries 3 3 0 162 145 12\nGold Coast Mangroves 3 2 1 171 148 8";
        Assert.DoesNotContain(Extractor.Extract(body), q => q.Text.Contains('\n'));
    }

    [Fact]
    public void A_figure_opening_a_sentence_still_counts_its_noun()
    {
        var q = Assert.Single(Extractor.Extract("12 fishermen were rescued on Sunday."));
        Assert.Equal(12, q.Value);
    }
}
