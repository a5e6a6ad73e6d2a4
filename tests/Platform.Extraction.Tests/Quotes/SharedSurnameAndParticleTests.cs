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

    [Fact]
    public void A_possessive_description_with_the_name_in_apposition_after_the_quote_is_that_name()
    {
        const string body = "The association represents 46 companies. \"Nobody is against a clean lake,\" its chairman, Aibek Osmonov, told the Tien Shan Dispatch.";
        var person = TestEntities.Person(body, "p1", "Aibek Osmonov", "Aibek Osmonov");
        Assert.Equal("Aibek Osmonov", SpeakerOf(body, "Nobody is", person));
    }

    [Fact]
    public void A_pronoun_goes_to_the_subject_led_by_a_long_role_chain_not_an_earlier_name()
    {
        const string body = "Officials expect a busy week, Clarissa Majalang of the tourism board told a briefing.\n\n" +
                            "State assistant tourism minister Arifin bin Matusin said visitors were expected to spend more. \"Kaamatan is our most honest product,\" he said.";
        var other = TestEntities.Person(body, "p1", "Clarissa Majalang", "Clarissa Majalang");
        var minister = TestEntities.Person(body, "p2", "Arifin bin Matusin", "Arifin bin Matusin");
        Assert.Equal("Arifin bin Matusin", SpeakerOf(body, "Kaamatan", other, minister));
    }

    [Fact]
    public void A_description_with_a_name_in_apposition_before_a_coordinated_verb_is_that_name()
    {
        const string body = "A: The fire came over the ridge. A ranger I had known for years, Tom Kelleher, rang me at four in the morning and said, \"Margit, don't come up here, there's nothing left.\"";
        var person = TestEntities.Person(body, "p1", "Tom Kelleher", "Tom Kelleher");
        Assert.Equal("Tom Kelleher", SpeakerOf(body, "Margit", person));
    }

    [Fact]
    public void A_pronoun_after_a_sentence_opened_by_a_kinship_description_is_the_relative_named_with_that_role()
    {
        const string body = "Jouni Aikio, who herds about 400 reindeer with his younger brother, Ailu Aikio, said the family had spent heavily on feed.\n\n" +
                            "His brother put it more bluntly. \"We are not farmers, we are herders,\" he said.";
        var jouni = TestEntities.Person(body, "p1", "Jouni Aikio", "Jouni Aikio");
        var ailu = TestEntities.Person(body, "p2", "Ailu Aikio", "Ailu Aikio");
        Assert.Equal("Ailu Aikio", SpeakerOf(body, "We are not", jouni, ailu));
    }

    [Fact]
    public void A_kinship_description_of_the_other_gender_than_the_pronoun_is_not_its_antecedent()
    {
        const string body = "Siobhán Greaney runs the bakery her father, Tomás Greaney, started in 1968.\n\n" +
                            "Her father, she says, wanted to refuse. \"In the end he gave in,\" she says.";
        var daughter = TestEntities.Person(body, "p1", "Siobhán Greaney", "Siobhán Greaney");
        var father = TestEntities.Person(body, "p2", "Tomás Greaney", "Tomás Greaney");
        Assert.Equal("Siobhán Greaney", SpeakerOf(body, "In the end", daughter, father));
    }

    [Fact]
    public void A_kinship_noun_outweighs_a_pronoun_about_someone_else_in_the_reported_clause()
    {
        const string body = "Malachy Devine, the fiddle maker, died on Tuesday. His daughter, Nuala Devine, said he had kept working until last month.\n\n" +
                            "Born in Limavady, Devine left school at 14 and worked in the shipyards, where, he liked to say, he learned \"to measure twice and swear once\".";
        var father = TestEntities.Person(body, "p1", "Malachy Devine", "Malachy Devine");
        var daughter = TestEntities.Person(body, "p2", "Nuala Devine", "Nuala Devine");
        Assert.Equal("Malachy Devine", SpeakerOf(body, "to measure", father, daughter));
    }

    [Theory]
    [InlineData("Brandur á Heygum scored twice on Saturday.\n\nThen á Heygum took over. \"I have dreamed about a night like this,\" á Heygum said.", "I have dreamed", "Brandur á Heygum")]
    [InlineData("The count was led by Patricio del Pozo Andrade, the council's secretary.\n\n\"We checked every single signature,\" Del Pozo said.", "We checked", "Patricio del Pozo Andrade")]
    public void A_family_name_written_with_its_particle_first_is_the_full_name_given_before(string body, string quoteStart, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(body, quoteStart));

    [Fact]
    public void A_pronoun_after_a_sentence_opened_by_a_definite_role_goes_to_the_holder_named_long_before()
    {
        var filler = string.Concat(Enumerable.Repeat("Sawn timber prices rose again in the quarter, helped by demand in Germany. ", 40));
        var body = "\"The market turned faster than we planned,\" chief executive Kristjan Tamm said on a call.\n\n" + filler +
                   "\n\nA person familiar with the board said there was no rush.\n\n" +
                   "The chief executive was asked about the pellet business. \"Everything has a price,\" he said.";
        var ceo = TestEntities.Person(body, "p1", "Kristjan Tamm", "Kristjan Tamm");
        Assert.Equal("Kristjan Tamm", SpeakerOf(body, "Everything", ceo));
    }

    [Fact]
    public void A_description_introduced_with_whose_role_it_is_and_a_name_is_that_name()
    {
        const string body = "A spokeswoman for the utility, Colleen Mahoney, said most homes would be reconnected.\n\n" +
                            "\"The damage on the coast is the worst our crews have seen,\" the spokeswoman said.";
        var person = TestEntities.Person(body, "p1", "Colleen Mahoney", "Colleen Mahoney");
        Assert.Equal("Colleen Mahoney", SpeakerOf(body, "The damage", person));
    }

    [Fact]
    public void A_clause_opening_with_a_possessive_is_no_appositive_that_makes_the_name_after_it_a_subject()
    {
        const string body = "VILLAPUTZU, Sardinia - Bachisio Fadda, a shepherd's son who made reed pipes, died on Tuesday. He was 88.\n\n" +
                            "His death was announced by his son, Gavino Fadda, who said his father had been weak since January.\n\n" +
                            "\"A launeddas is not made, it is found in the reeds,\" he told a broadcaster in 1986.";
        var father = TestEntities.Person(body, "p1", "Bachisio Fadda", "Bachisio Fadda");
        var son = TestEntities.Person(body, "p2", "Gavino Fadda", "Gavino Fadda");
        Assert.Equal("Bachisio Fadda", SpeakerOf(body, "A launeddas", father, son));
    }
}
