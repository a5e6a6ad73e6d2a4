using Platform.Extraction.Quotes;

namespace Platform.Extraction.Tests.Quotes;

/// <summary>A speaker phrase is a noun phrase: clauses, verb chains and phrases ending in a function word are not speakers.</summary>
public sealed class SpeakerPhrasePlausibilityTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static string? SpeakerOf(string body, string quoteStart) =>
        Extractor.Extract(body, [], false).Single(q => q.Text.StartsWith(quoteStart, StringComparison.Ordinal)).Speaker;

    [Fact]
    public void A_verb_chain_after_an_appositive_name_gives_the_name()
    {
        const string body = "My uncle, Ang Nima Sherpa, used to say, \"The mountain does not care about your permit.\" He guided for years.";
        Assert.Equal("Ang Nima Sherpa", SpeakerOf(body, "The mountain"));
    }

    [Fact]
    public void An_adverb_after_an_appositive_name_gives_the_name()
    {
        const string body = "The mayor there, Tsuyoshi Kanda, once told me, \"We are not trying to grow, we are trying to land softly.\"";
        Assert.Equal("Tsuyoshi Kanda", SpeakerOf(body, "We are not"));
    }

    [Fact]
    public void A_subordinate_clause_after_the_quote_is_not_its_attribution()
    {
        const string body = "Brahim Aït Ouzzine plays the banjo.\n\nBrahim said his father had been \"practising every morning like a young man\" since the line-up was announced in May.";
        Assert.Equal("Brahim Aït Ouzzine", SpeakerOf(body, "practising"));
    }

    [Fact]
    public void A_coordinated_reporting_verb_takes_the_subject_of_the_sentence()
    {
        const string body = "A French ethnomusicologist, Claire de Montfort, will give a talk. She has recorded singers since the 1990s and said the festival had become \"one of the few places where you can still hear the long forms.\"";
        var claire = TestEntities.Person(body, "p1", "Claire de Montfort", "Claire de Montfort");
        var quote = Extractor.Extract(body, [claire], false).Single();
        Assert.Equal("Claire de Montfort", quote.Speaker);
        Assert.Equal("said", quote.Verb);
    }

    [Fact]
    public void A_coordinated_verb_after_an_indefinite_subject_stays_unnamed()
    {
        const string body = "A mission from the International Monetary Fund visited Bishkek last week and said the targets were \"ambitious but within reach if revenue measures are fully implemented\".";
        Assert.Equal("a mission", SpeakerOf(body, "ambitious"));
    }

    [Fact]
    public void A_lone_indefinite_pronoun_names_no_one()
    {
        const string body = "Analysts say the case could take years. One, who asked not to be named, said: \"Even if the company wins in April, the ejido will appeal.\"";
        Assert.Null(SpeakerOf(body, "Even if"));
    }

    [Fact]
    public void A_description_with_a_role_and_name_in_apposition_is_that_person()
    {
        const string body = "Another resident, retired teacher Hassan Ben Abdeslam, said the festival had \"given the young people a reason to come home.\"";
        Assert.Equal("Hassan Ben Abdeslam", SpeakerOf(body, "given the young"));
    }

    [Fact]
    public void A_compound_role_before_the_name_is_no_part_of_it()
    {
        const string body = "Co-author Tom Walker said the results were clear: \"The forests can recover from a single fire.\"";
        Assert.Equal("Tom Walker", SpeakerOf(body, "The forests"));
    }
}
