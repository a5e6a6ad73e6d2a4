using Platform.Contracts;
using Platform.Extraction.Quotes;

namespace Platform.Extraction.Tests.Quotes;

public sealed class QuoteAttributionWithoutEntitiesTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static IReadOnlyList<ExtractedQuote> Extract(string body)
    {
        var quotes = Extractor.Extract(body, [], false);
        foreach (var q in quotes) Assert.Equal(q.Text, body.Substring(q.Start, q.End - q.Start));
        return quotes;
    }

    [Fact]
    public void Expands_a_surname_to_the_full_name_used_earlier()
    {
        const string body = "Senator Dana Whitfield opposed the cut.\n\n“Clinics will close,” Whitfield said.";
        Assert.Equal("Dana Whitfield", Assert.Single(Extract(body)).Speaker);
    }

    [Fact]
    public void Takes_the_subject_after_a_relative_pronoun()
    {
        const string body = "Lawmakers rejected a plan that Senator Dana Whitfield called \"short-sighted and cruel.\"";
        var q = Assert.Single(Extract(body));
        Assert.Equal("Dana Whitfield", q.Speaker);
        Assert.Equal("called", q.Verb);
    }

    [Fact]
    public void Reads_a_name_written_with_the_article_as_a_name()
    {
        var q = Assert.Single(Extract("The Harbor Authority said in a statement that it would “review every option on the table.”"));
        Assert.Equal("Harbor Authority", q.Speaker);
    }

    [Fact]
    public void Resolves_a_pronoun_to_the_person_opening_the_previous_sentence()
    {
        const string body = "“Clinics will close,” Dana Whitfield said.\n\nHealth Secretary Marcus Bell disagreed. He said the clinics were “a luxury the state cannot afford.”";
        var quotes = Extract(body);
        Assert.Equal("Marcus Bell", quotes[1].Speaker);
    }

    [Fact]
    public void Finds_quotes_in_single_marks_when_a_paragraph_has_no_double_marks()
    {
        const string body = "‘This fight is far from over,’ Whitfield wrote on Monday. The farmers’ union agreed.";
        var q = Assert.Single(Extract(body));
        Assert.Equal("This fight is far from over,", q.Text);
        Assert.Equal("Whitfield", q.Speaker);
        Assert.Equal("wrote", q.Verb);
    }

    [Fact]
    public void Leaves_apostrophes_alone()
    {
        Assert.Empty(Extract("The port's owners said they don't expect the farmers' strike to end soon."));
    }
}
