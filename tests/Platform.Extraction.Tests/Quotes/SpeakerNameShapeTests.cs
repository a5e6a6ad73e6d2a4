using Platform.Contracts;
using Platform.Extraction.Quotes;

namespace Platform.Extraction.Tests.Quotes;

/// <summary>
/// Speakers given in part, by description or by pronoun: the full name the article gives, a name in apposition to a
/// description, an unnamed described person (no name), and places or things the tagger typed as people.
/// </summary>
public sealed class SpeakerNameShapeTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static ExtractedEntity Entity(string body, string id, string type, string canonical, params string[] phrases)
    {
        var mentions = new List<EntityMention>();
        foreach (var text in phrases)
            for (var i = body.IndexOf(text, StringComparison.Ordinal); i >= 0; i = body.IndexOf(text, i + text.Length, StringComparison.Ordinal))
                mentions.Add(new EntityMention { Text = text, Start = i, End = i + text.Length, MentionKind = "name", Evidence = "test", Confidence = 1 });
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ExtractedEntity { Id = id, Type = type, Canonical = canonical, Mentions = mentions };
    }

    [Fact]
    public void A_surname_the_tagger_typed_as_a_place_is_the_person_named_in_full_earlier()
    {
        const string body = "Managing Director Tomasz Orellana said the port would hire 200 workers.\n\n" +
                            "\"We have never had a busier spring than this one,\" Orellana told analysts.";
        var q = Assert.Single(Extractor.Extract(body, [Entity(body, "l1", "location", "Orellana", "Orellana")], false));
        Assert.Equal("Tomasz Orellana", q.Speaker);
    }

    [Fact]
    public void A_surname_speaker_after_a_long_gap_is_the_name_given_in_full_at_the_top()
    {
        var body = "TULCEA, Romania - When the river rose on the night of May 3, Ioana Marinescu, 68, lost her kitchen and her hens.\n\n" +
                   string.Concat(Enumerable.Repeat("The county council met again on Monday and the prefect repeated that the money would come before the winter.\n\n", 30)) +
                   "In the village, Marinescu has painted her walls again. \"It came up to here,\" she said. \"I want my grandchildren to see it.\"";
        var quotes = Extractor.Extract(body, [Entity(body, "p1", "person", "Marinescu", "Marinescu")], false);
        Assert.All(quotes, q => Assert.Equal("Ioana Marinescu", q.Speaker));
    }

    [Fact]
    public void A_surname_with_its_particles_capitalised_at_a_sentence_start_is_the_name_given_in_full()
    {
        const string body = "The study's co-author, Maarten van der Berg of Leiden University, said the dust was darkening the ice.\n\n" +
                            "\"Darker ice melts faster, so the dust works like a second summer,\" Van der Berg said.";
        var q = Assert.Single(Extractor.Extract(body, [], false));
        Assert.Equal("Maarten van der Berg", q.Speaker);
    }

    [Fact]
    public void A_person_tagged_by_part_of_a_name_written_in_full_gets_the_whole_name()
    {
        const string body = "\"We have lived on this hill for forty years,\" said Lim Bee Leng, who runs a noodle stall.";
        var q = Assert.Single(Extractor.Extract(body, [Entity(body, "p1", "person", "Lim", "Lim"), Entity(body, "p2", "person", "Leng", "Leng")], false));
        Assert.Equal("Lim Bee Leng", q.Speaker);
    }

    [Fact]
    public void A_title_before_a_name_given_in_full_is_dropped()
    {
        const string body = "\"The engine room flooded within minutes of the collision,\" Commodore Ines Patagua told reporters. Later Patagua said more.";
        var q = Assert.Single(Extractor.Extract(body, [Entity(body, "p1", "person", "Patagua", "Patagua")], false));
        Assert.Equal("Ines Patagua", q.Speaker);
    }

    [Fact]
    public void A_two_word_surname_far_from_the_full_name_is_the_full_name()
    {
        var filler = string.Concat(Enumerable.Repeat("The exhibition runs until the end of the summer and fills four rooms of the museum's east wing. ", 30));
        var body = "At 77, Leonor Baptista Quintela still climbs the stairs to her studio every morning.\n\n" + filler + "\n\n" +
                   "Baptista Quintela left the school after two years. \"They wanted me to paint like somebody else,\" she says.";
        var q = Assert.Single(Extractor.Extract(body, [Entity(body, "p1", "person", "Baptista Quintela", "Baptista Quintela")], false));
        Assert.Equal("Leonor Baptista Quintela", q.Speaker);
    }

    [Theory]
    [InlineData("Prosecutor")]
    [InlineData("Forward")]
    public void A_role_noun_opening_the_sentence_is_not_part_of_the_speaker(string role)
    {
        var body = role + " Biljana Petreska told the panel the records were clear. \"The defendants built a system,\" she said.";
        var q = Assert.Single(Extractor.Extract(body, [Entity(body, "p1", "person", "Biljana Petreska", "Biljana Petreska")], false));
        Assert.Equal("Biljana Petreska", q.Speaker);
    }

    [Fact]
    public void A_place_inside_a_description_is_not_the_speaker()
    {
        const string body = "\"Nobody here has seen a harvest this poor before,\" a cocoa buyer in Tarvena told the agency.";
        var q = Assert.Single(Extractor.Extract(body, [Entity(body, "l1", "location", "Tarvena", "Tarvena")], false));
        Assert.NotEqual("Tarvena", q.Speaker);
        Assert.False(char.IsUpper(q.Speaker?[0] ?? 'x'));
    }

    [Fact]
    public void An_organisation_before_a_role_and_name_is_not_the_speaker()
    {
        const string body = "\"We defended well for the whole second half of the game,\" Harbour United coach Selma Achterberg said.";
        var q = Assert.Single(Extractor.Extract(body, [Entity(body, "o1", "organization", "Harbour United", "Harbour United")], false));
        Assert.Equal("Selma Achterberg", q.Speaker);
    }

    [Fact]
    public void A_description_with_a_name_in_apposition_is_that_person()
    {
        const string body = "\"The strike will cost us a whole season of exports,\" the federation's treasurer, Joana Freixo, said on Friday.";
        var q = Assert.Single(Extractor.Extract(body, [], false));
        Assert.Equal("Joana Freixo", q.Speaker);
    }

    [Fact]
    public void A_role_named_with_a_comma_before_its_holder_is_found_later()
    {
        const string body = "The campaign is run by the Tenants' Forum, whose secretary, Amadou Keita Sow, is a retired teacher.\n\n" +
                            "\"We will take this all the way to the courts,\" the secretary said.";
        var q = Assert.Single(Extractor.Extract(body, [], false));
        Assert.Equal("Amadou Keita Sow", q.Speaker);
    }

    [Fact]
    public void A_pronoun_after_an_unnamed_described_person_has_no_name()
    {
        const string body = "Harbour master Okello Ssempa said the ferry had been overloaded.\n\n" +
                            "A fish trader from the island, who would not give her name, said the crossing was always crowded. " +
                            "\"They take whoever pays and nobody counts the passengers,\" she said.";
        var q = Assert.Single(Extractor.Extract(body, [Entity(body, "p1", "person", "Okello Ssempa", "Okello Ssempa")], false));
        Assert.NotNull(q.Speaker);
        Assert.StartsWith("a fish trader", q.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_person_opening_a_sentence_after_the_description_is_still_found()
    {
        const string body = "A retired engineer, who asked not to be named, said the bridge was unsafe.\n\n" +
                            "Marisol Quintero Vega, a structural analyst, said repairs were overdue. \"The cables are older than I am,\" she said.";
        var q = Assert.Single(Extractor.Extract(body, [], false));
        Assert.Equal("Marisol Quintero Vega", q.Speaker);
    }

    [Fact]
    public void A_place_typed_as_a_person_does_not_take_a_pronoun()
    {
        const string body = "Dr. Wanjiru Kamau has bred drought-tolerant sorghum for two decades.\n\n" +
                            "Rain remains the worry. The station in Kitale gets half the rainfall it did.\n\n" +
                            "\"The weather does not wait for our budget,\" she said.";
        var q = Assert.Single(Extractor.Extract(body, [Entity(body, "p1", "person", "Wanjiru Kamau", "Wanjiru Kamau"), Entity(body, "p2", "person", "Rain", "Rain")], false));
        Assert.Equal("Wanjiru Kamau", q.Speaker);
    }

    [Fact]
    public void A_pronoun_standing_for_a_surname_gets_the_full_name()
    {
        const string body = "Captain Ilse Vandenbroek took over the ferry line in 2019. When Vandenbroek arrived, the fleet was old.\n\n" +
                            "\"Half the boats were older than my crew,\" she said.";
        var q = Assert.Single(Extractor.Extract(body, [Entity(body, "p1", "person", "Vandenbroek", "Vandenbroek")], false));
        Assert.Equal("Ilse Vandenbroek", q.Speaker);
    }
}
