using Platform.Contracts;
using Platform.Extraction.Quotes;

namespace Platform.Extraction.Tests.Quotes;

/// <summary>"he said" weighs subjects over later names; "the judge said" finds the person named with that role.</summary>
public sealed class PronounAndRoleSpeakerTests
{
    private static readonly QuoteExtractor Extractor = new();

    [Fact]
    public void A_pronoun_after_a_paragraph_refers_to_its_subject_not_to_a_name_inside_a_subordinate_clause()
    {
        const string body = "Stars coach Dennis Mwale was angry about the winner, claiming that Brian Mulenga had been offside when the ball was played.\n\n" +
                            "\"We watched it again on the bus,\" he told reporters.";
        var q = Assert.Single(Extractor.Extract(body, [TestEntities.Person(body, "p1", "Dennis Mwale", "Dennis Mwale"), TestEntities.Person(body, "p2", "Brian Mulenga", "Brian Mulenga")], false));
        Assert.Equal("Dennis Mwale", q.Speaker);
    }

    [Fact]
    public void A_name_inside_someones_quoted_words_is_not_the_pronouns_antecedent()
    {
        const string body = "Ama Owusu runs the stall.\n\n\"I told Kofi Mensah to wait for the rain,\" she said.";
        var q = Assert.Single(Extractor.Extract(body, [TestEntities.Person(body, "p1", "Ama Owusu", "Ama Owusu"), TestEntities.Person(body, "p2", "Kofi Mensah", "Kofi Mensah")], false));
        Assert.Equal("Ama Owusu", q.Speaker);
    }

    [Fact]
    public void A_definite_role_refers_to_the_person_named_with_that_title()
    {
        const string body = "Justice Farai Nyamadzawo sentenced the two men on Friday.\n\n\"You treated the savings of cleaners as your own,\" the judge said.";
        var q = Assert.Single(Extractor.Extract(body, [TestEntities.Person(body, "p1", "Farai Nyamadzawo", "Farai Nyamadzawo")], false));
        Assert.Equal("Farai Nyamadzawo", q.Speaker);
    }

    [Fact]
    public void A_surname_speaker_is_the_full_name_given_earlier_and_a_title_cut_at_its_stop_keeps_the_name()
    {
        const string body = "Wycliffe Oduor Nyamweya farms maize near Kitale.\n\n\"The farmer sold cheap in the harvest,\" Nyamweya said.\n\n" +
                            "\"For the first time we have our own vaccine,\" said Dr. Tran Minh Duc.";
        var quotes = Extractor.Extract(body, [TestEntities.Person(body, "p1", "Nyamweya", "Nyamweya")], false);
        Assert.Equal(["Wycliffe Oduor Nyamweya", "Tran Minh Duc"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_role_refers_to_the_latest_mention_that_names_its_holder()
    {
        const string body = "Phan Thu Ha, the institute's deputy director, oversaw the trial.\n\n\"We began in May,\" the director said.\n\n" +
                            "\"Production could double in 2026,\" the deputy director said.";
        var quotes = Extractor.Extract(body, [TestEntities.Person(body, "p1", "Phan Thu Ha", "Phan Thu Ha")], false);
        Assert.Equal("Phan Thu Ha", quotes[^1].Speaker);
    }
}
