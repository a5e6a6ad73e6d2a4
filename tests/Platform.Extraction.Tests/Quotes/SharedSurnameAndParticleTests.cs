using Platform.Extraction.Quotes;

namespace Platform.Extraction.Tests.Quotes;

/// <summary>Bare surnames shared by several people, names with a capitalised particle at a sentence start, the head of a phrase.</summary>
public sealed class SharedSurnameAndParticleTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static string? SpeakerOf(string body, string quoteStart, params Platform.Contracts.ExtractedEntity[] entities) =>
        Extractor.Extract(body, entities, false).Single(q => q.Text.StartsWith(quoteStart, StringComparison.Ordinal)).Speaker;

    [Fact]
    public void A_sentence_opening_surname_with_its_particle_capitalised_is_the_full_name_given_before()
    {
        const string body = "Margit van der Heyden has carried hives into the forests every summer since 1976.\n\nVan der Heyden is less sure. \"I am not a legend, I am just stubborn,\" she said.";
        var person = TestEntities.Person(body, "p1", "Van der Heyden", "Van der Heyden");
        Assert.Equal("Margit van der Heyden", SpeakerOf(body, "I am not", person));
    }

    [Fact]
    public void A_bare_surname_is_the_subject_named_with_it_not_the_relative_named_inside_the_clause()
    {
        const string body = "Jouni Aikio, who herds about 400 reindeer with his younger brother, Ailu Aikio, said the family had spent heavily on feed.\n\n\"My father fed the animals by hand once in his life,\" Aikio said.";
        Assert.Equal("Jouni Aikio", SpeakerOf(body, "My father"));
    }

    [Fact]
    public void A_bare_surname_after_a_second_holder_is_introduced_as_a_subject_is_that_holder()
    {
        const string body = "The commissioner, Wezi Nyirenda, told reporters the government had released funds.\n\n" +
                            "In Nsanje town, district commissioner Grace Nyirenda, who is not related to the commissioner, said 9,000 people were sheltering.\n\n" +
                            "\"We need tents more than we need speeches,\" Nyirenda added.";
        Assert.Equal("Grace Nyirenda", SpeakerOf(body, "We need tents"));
    }

    [Fact]
    public void The_name_ending_the_phrase_speaks_not_the_club_before_its_role()
    {
        const string body = "\"I have been waiting for this since I was a boy selling fish on the beach,\" Salineiro coach Hélder da Graça said after the final whistle.";
        var club = TestEntities.Person(body, "p1", "Atlético Salineiro", "Salineiro");
        var coach = TestEntities.Person(body, "p2", "Hélder da Graça", "Hélder da Graça");
        Assert.Equal("Hélder da Graça", SpeakerOf(body, "I have been", club, coach));
    }
}
