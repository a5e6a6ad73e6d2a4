using Platform.Extraction.Quotes;

namespace Platform.Extraction.Tests.Quotes;

public sealed class QuoteClauseShapesTests
{
    private static readonly QuoteExtractor Extractor = new();

    [Theory]
    [InlineData("“The vote was rigged,” the official, who spoke on condition of anonymity, said.", "the official", "said")]
    [InlineData("“Why now?” asked Osei Mensah.", "Osei Mensah", "asked")]
    [InlineData("“We were warned,” Mensah later told reporters.", "Mensah", "told")]
    [InlineData("“We were warned,” Mensah, 48, told reporters.", "Mensah", "told")]
    public void Finds_the_speaker_in_varied_reporting_clauses(string body, string speaker, string verb)
    {
        var q = Assert.Single(Extractor.Extract(body, [], false));
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(verb, q.Verb);
    }

    [Fact]
    public void Does_not_take_the_next_sentence_as_the_clause_of_a_quote_ending_in_a_full_stop()
    {
        const string body = "The Harbor Authority said it would “review every option.” A spokesperson, Carla Ruiz, told reporters that talks would resume.";
        var q = Assert.Single(Extractor.Extract(body, [], false));
        Assert.Equal("Harbor Authority", q.Speaker);
        Assert.Equal("said", q.Verb);
    }

    [Fact]
    public void Gives_a_quote_split_by_its_clause_one_speaker()
    {
        var quotes = Extractor.Extract("“We will rebuild,” Lena Vogt said, “and we will do it this year.”", [], false);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Lena Vogt", q.Speaker));
    }
}
