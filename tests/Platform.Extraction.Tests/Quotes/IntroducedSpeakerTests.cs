using Platform.Contracts;
using Platform.Extraction.Quotes;

namespace Platform.Extraction.Tests.Quotes;

/// <summary>Quotes with no reporting clause of their own, attributed from the sentences around them.</summary>
public sealed class IntroducedSpeakerTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static ExtractedQuote Only(string body, string start, params ExtractedEntity[] entities) =>
        Extractor.Extract(body, entities, false).Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    /// <summary>A surname the linker could not give to either of two people: its mentions without the titles before them.</summary>
    private static ExtractedEntity SurnameOnly(string body, string id, string surname, params string[] titled)
    {
        var mentions = titled.Select(t => body.IndexOf(t, StringComparison.Ordinal) + t.Length - surname.Length)
            .Select(i => new EntityMention { Text = surname, Start = i, End = i + surname.Length, MentionKind = "name", Evidence = "test", Confidence = 1 })
            .OrderBy(m => m.Start).ToList();
        return new ExtractedEntity { Id = id, Type = "person", Canonical = surname, Mentions = mentions };
    }

    [Fact]
    public void A_quote_paragraph_belongs_to_the_person_the_paragraph_before_introduces()
    {
        const string body = "Output fell 6% last year, the growers' association said.\n\n" +
                            "Bikram Gurung, who has run the estate since 2011, keeps the old ledgers in a steel cupboard.\n\n" +
                            "\"My predecessor sold every kilo before it left the hill. Now we beg for buyers.\"";
        var q = Only(body, "My predecessor", TestEntities.Person(body, "p1", "Bikram Gurung", "Bikram Gurung"));
        Assert.Equal("Bikram Gurung", q.Speaker);
        Assert.Contains("introduced-before", q.Evidence);
    }

    [Fact]
    public void A_quote_paragraph_after_a_paragraph_that_names_no_subject_keeps_no_speaker()
    {
        const string body = "Output fell 6% last year, according to figures from the association.\n\n" +
                            "\"My predecessor sold every kilo before it left the hill. Now we beg for buyers.\"";
        var q = Only(body, "My predecessor");
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void A_partial_quote_is_the_words_of_the_person_its_sentence_names_after_an_introductory_phrase()
    {
        const string body = "In a judgment handed down on Wednesday, Judge Naledi Dube found that the company had \"no lawful basis whatsoever\" to fire them.";
        var q = Only(body, "no lawful basis", TestEntities.Person(body, "p1", "Naledi Dube", "Naledi Dube"));
        Assert.Equal("Naledi Dube", q.Speaker);
    }

    [Fact]
    public void A_possessive_role_with_a_name_holding_a_particle_in_apposition_is_that_person()
    {
        const string body = "The company said it would study the ruling. Its spokesperson, Jan de Klerk, said that the firm \"respects the court and its processes\".\n\n" +
                            "\"We are considering all our options, including an appeal,\" the spokesperson said later.";
        var quotes = Extractor.Extract(body, [], false);
        Assert.All(quotes, q => Assert.Equal("Jan de Klerk", q.Speaker));
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void A_place_named_inside_an_indefinite_description_is_not_the_speaker()
    {
        const string body = "\"The politicians came here in December and promised us everything,\" a woman selling seed outside the Ahero depot said.";
        var q = Only(body, "The politicians", TestEntities.Person(body, "p1", "Ahero", "Ahero"));
        Assert.NotEqual("Ahero", q.Speaker);
        Assert.Null(q.SpeakerEntityId);
    }

    [Fact]
    public void Ms_and_Mr_of_one_surname_are_told_apart_by_how_the_article_writes_them()
    {
        const string body = "Among the dismissed workers are Lindiwe Zulu, who packed fruit for 11 years, and her younger brother, Musa Zulu, a driver.\n\n" +
                            "Outside the court, Ms Zulu said the family had survived on seasonal work. \"We were told we were criminals,\" she said.\n\n" +
                            "Mr Zulu, who now drives a van, said he had not decided. \"I want to see the money first,\" he said.";
        var entities = new[]
        {
            TestEntities.Person(body, "p1", "Lindiwe Zulu", "Lindiwe Zulu"), TestEntities.Person(body, "p2", "Musa Zulu", "Musa Zulu"),
            SurnameOnly(body, "p3", "Zulu", "Ms Zulu", "Mr Zulu"),
        };
        Assert.Equal("Lindiwe Zulu", Only(body, "We were told", entities).Speaker);
        Assert.Equal("Musa Zulu", Only(body, "I want to see", entities).Speaker);
    }
}
