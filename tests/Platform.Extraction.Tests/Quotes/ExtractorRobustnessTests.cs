using Platform.Contracts;
using Platform.Extraction.Dates;
using Platform.Extraction.Identifiers;
using Platform.Extraction.Quantities;
using Platform.Extraction.Quotes;

namespace Platform.Extraction.Tests.Quotes;

/// <summary>Odd input must give empty or well-formed results, never an exception or an offset outside the body.</summary>
public sealed class ExtractorRobustnessTests
{
    private static readonly PublishedTime LeapDay = new() { Raw = "29 Feb. 2024", Local = "2024-02-29", DateOnly = true, OffsetSource = "none" };

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("“”‘’\"\"''")]
    [InlineData("..  $ ₩ % @ [at] (dot) -- —")]
    [InlineData("“ said, said the said “ ” he said")]
    [InlineData("Mar. 31 last year, 2 days earlier: one-third of $.5bn, 3-2, 10:45, 4th, F-35 @ x@y")]
    [InlineData("\n\n“Unclosed quote at the end")]
    public void Handles_odd_input(string body)
    {
        foreach (var d in new DateExpressionExtractor().Extract(body, LeapDay)) Assert.Equal(d.Text, body[d.Start..d.End]);
        foreach (var q in new QuantityExtractor().Extract(body)) Assert.Equal(q.Text, body[q.Start..q.End]);
        foreach (var q in new QuoteExtractor().Extract(body, [], true))
        {
            Assert.Equal(q.Text, body[q.Start..q.End]);
            Assert.InRange(q.Confidence, 0, 1);
        }
        foreach (var i in new IdentifierExtractor().Extract(body, "body")) Assert.InRange(i.End, i.Start + 1, body.Length);
    }

    [TeamSharedFact]
    public void Gives_the_same_results_from_many_threads()
    {
        var body = Platform.Extraction.Tests.Dates.SampleArticle.Body;
        var published = Platform.Extraction.Tests.Dates.SampleArticle.Published;
        var dates = new DateExpressionExtractor();
        var quotes = new QuoteExtractor();
        var expected = (dates.Extract(body, published).Count, quotes.Extract(body, [], false).Count);
        var results = new (int, int)[64];
        Parallel.For(0, results.Length, i => results[i] = (dates.Extract(body, published).Count, quotes.Extract(body, [], false).Count));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
