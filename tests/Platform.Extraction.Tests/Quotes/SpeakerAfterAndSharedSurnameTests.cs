using Platform.Contracts;
using Platform.Extraction.Entities;
using Platform.Extraction.Quotes;

namespace Platform.Extraction.Tests.Quotes;

/// <summary>
/// Speakers found in the news-15 round's shapes (invented text): a quote paragraph named by the paragraph after it, a
/// pronoun before a verb chain ("he liked to say"), the subject of a clause joined by "and", an outlet a quote was told
/// to, and several people of one surname.
/// </summary>
public sealed class SpeakerAfterAndSharedSurnameTests
{
    private static readonly QuoteExtractor Extractor = new();
    private static readonly EntityExtractor Entities = EntityExtractor.CreateDefault();

    private static ExtractedQuote Quote(string body, string start) =>
        Extractor.Extract(body, Entities.Extract(body), false).Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Theory]
    [InlineData("That was the view of programmer Ingrid Solvang Berg, who chose the strand's films.")]
    [InlineData("Those were the words of Ingrid Solvang Berg, the festival's programmer.")]
    [InlineData("So says Ingrid Solvang Berg, who chose the strand's films.")]
    public void A_quote_paragraph_named_by_the_paragraph_after_it_is_that_persons(string after)
    {
        var body = "The jury is chaired by the director Marit Halvorsen, who said she was \"looking for risk\".\n\n" +
                   "\"Most of the films were shot on phones. That tells you who gets to make films now.\"\n\n" + after;
        var q = Quote(body, "Most of the films");
        Assert.Equal("Ingrid Solvang Berg", q.Speaker);
        Assert.Contains("named-after", q.Evidence);
    }

    [Fact]
    public void A_quote_paragraph_followed_by_an_ordinary_paragraph_is_not_named_by_it()
    {
        var body = "The festival opened on Friday.\n\n\"Most of the films were shot on phones. That tells you who gets to make films now.\"\n\n" +
                   "Tickets sold out, organiser Ingrid Solvang Berg said.";
        Assert.NotEqual("Ingrid Solvang Berg", Quote(body, "Most of the films").Speaker);
    }

    [Fact]
    public void A_pronoun_before_a_verb_chain_is_the_speaker_not_the_verbs()
    {
        var body = "Tomas Lindqvist was born on a farm near Kiruna. In the 1960s he bought his first land, paying for it, he liked to say, with \"every crown I had\".";
        var q = Quote(body, "every crown");
        Assert.Equal("Tomas Lindqvist", q.Speaker);
    }

    [Fact]
    public void The_subject_of_a_clause_joined_by_and_is_a_pronouns_antecedent()
    {
        var body = "The English translation is by Maren Holt. \"Her sentences breathe,\" Holt told the Nordic Books Weekly.\n\n" +
                   "The Norwegian edition has a first run of 10,000 copies, and Sigrun Dahle will read in Bergen in June.\n\n" +
                   "\"Something short,\" she said.";
        Assert.Equal("Sigrun Dahle", Quote(body, "Something short").Speaker);
    }

    [Fact]
    public void An_outlet_named_by_its_head_word_is_an_organisation_not_a_speaker()
    {
        var entities = Entities.Extract("\"Her sentences breathe,\" Holt told Kitob Weekly in an email.");
        Assert.DoesNotContain(entities, e => e.Type == "person" && e.Canonical == "Kitob Weekly");
    }

    [Fact]
    public void A_bare_surname_shared_by_several_people_is_the_first_one_the_story_names()
    {
        var body = "Anders Moe, a fisherman who fought the fish-farm licences, died on Sunday. He was 88.\n\n" +
                   "His daughter, Hilde Moe, said he died at home.\n\n" +
                   "Mr. Moe left school at 14. He liked to say, with a grin, that the sea \"owes me nothing and I owe it everything\".";
        Assert.Equal("Anders Moe", Quote(body, "owes me nothing").Speaker);
    }
}
