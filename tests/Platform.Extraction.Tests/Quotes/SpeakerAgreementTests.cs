using Platform.Contracts;
using Platform.Extraction.Quotes;

namespace Platform.Extraction.Tests.Quotes;

/// <summary>
/// Speakers found through agreement and sentence shape: a pronoun's gender as the article writes it, a subject standing
/// in apposition, a name the tagger missed, "according to NAME" before a partial quote, a post-modified subject, and
/// "another" introducing someone new.
/// </summary>
public sealed class SpeakerAgreementTests
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

    private static ExtractedQuote Only(string body, string start, params ExtractedEntity[] entities) =>
        Extractor.Extract(body, entities, false).Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void She_said_goes_to_the_woman_the_article_names_not_to_the_nearer_man()
    {
        const string body = "Imani Achola chairs the growers' forum; she has farmed near Kisii since 2009.\n\n" +
                            "Tomas Berggren, a buyer from Rotterdam, toured the farms last week and signed two contracts.\n\n" +
                            "\"We were paid late every single season,\" she said.";
        var q = Only(body, "We were paid", Entity(body, "p1", "person", "Imani Achola", "Imani Achola"),
            Entity(body, "p2", "person", "Tomas Berggren", "Tomas Berggren"));
        Assert.Equal("Imani Achola", q.Speaker);
    }

    [Fact]
    public void Without_gender_evidence_the_nearer_subject_still_wins()
    {
        const string body = "Imani Achola chairs the growers' forum.\n\nTomas Berggren toured the farms last week.\n\n" +
                            "\"We were paid late every single season,\" she said.";
        var q = Only(body, "We were paid", Entity(body, "p1", "person", "Imani Achola", "Imani Achola"),
            Entity(body, "p2", "person", "Tomas Berggren", "Tomas Berggren"));
        Assert.Equal("Tomas Berggren", q.Speaker);
    }

    [Fact]
    public void A_name_in_apposition_to_the_sentence_opening_is_its_subject()
    {
        const string body = "\"I am a bit scared,\" said Rin Okada, aged 12.\n\n" +
                            "Her grandmother, Sumiko Okada, attended the school in the 1960s. \"We had forty children in one room,\" she said.";
        var q = Only(body, "We had forty", Entity(body, "p1", "person", "Rin Okada", "Rin Okada"),
            Entity(body, "p2", "person", "Sumiko Okada", "Sumiko Okada"));
        Assert.Equal("Sumiko Okada", q.Speaker);
    }

    [Fact]
    public void A_surname_opening_a_sentence_is_the_full_name_given_earlier_even_when_the_tagger_missed_it()
    {
        const string body = "The vote was 31-14, said council leader Marit Dekker.\n\n" +
                            "Jaap Smeets of the opposition called it a mistake.\n\n" +
                            "Dekker said work would start in the spring. \"We have argued about this for long enough,\" she said.";
        var q = Only(body, "We have argued", Entity(body, "p1", "person", "Jaap Smeets", "Jaap Smeets"));
        Assert.Equal("Marit Dekker", q.Speaker);
    }

    [Fact]
    public void According_to_a_name_before_a_partial_quote_attributes_it()
    {
        const string body = "Union leaders will meet on Thursday. According to Halvorsen, the strike \"can still be avoided if the minister moves\" before then.";
        var q = Only(body, "can still be avoided", Entity(body, "p1", "person", "Ingrid Halvorsen", "Halvorsen"));
        Assert.Equal("Ingrid Halvorsen", q.Speaker);
        Assert.Equal("according to", q.Verb);
    }

    [Fact]
    public void According_to_a_role_with_its_holder_in_apposition_names_the_holder()
    {
        const string body = "According to the firm's chief executive, Oh Min-jae, the deal \"will be our largest contract outside Asia.\"";
        var q = Only(body, "will be our largest");
        Assert.Equal("Oh Min-jae", q.Speaker);
    }

    [Fact]
    public void A_subject_post_modified_by_its_institution_is_the_person_not_the_institution()
    {
        const string body = "Justice Wanjiru Kamau of the Nakuru High Court said: \"This was a deliberate and sustained fraud.\"";
        var q = Only(body, "This was a deliberate", Entity(body, "p1", "person", "Wanjiru Kamau", "Wanjiru Kamau"),
            Entity(body, "o1", "organization", "Nakuru High Court", "Nakuru High Court"));
        Assert.Equal("Wanjiru Kamau", q.Speaker);
    }

    [Fact]
    public void Another_analyst_is_someone_new_not_the_analyst_named_before()
    {
        const string body = "\"One good quarter is not a recovery,\" said Lee Ha-eun, an analyst at Daeil Securities.\n\n" +
                            "Another analyst, who asked not to be named, said: \"The new plant is the whole story now.\"";
        var q = Only(body, "The new plant", Entity(body, "p1", "person", "Lee Ha-eun", "Lee Ha-eun"));
        Assert.NotEqual("Lee Ha-eun", q.Speaker);
        Assert.Null(q.SpeakerEntityId);
    }
}

/// <summary>Quotes with no reporting clause of their own, attributed from the sentences around them.</summary>
public sealed class IntroducedSpeakerTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static ExtractedEntity Person(string body, string id, string canonical, params string[] phrases)
    {
        var mentions = new List<EntityMention>();
        foreach (var text in phrases)
            for (var i = body.IndexOf(text, StringComparison.Ordinal); i >= 0; i = body.IndexOf(text, i + text.Length, StringComparison.Ordinal))
                mentions.Add(new EntityMention { Text = text, Start = i, End = i + text.Length, MentionKind = "name", Evidence = "test", Confidence = 1 });
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ExtractedEntity { Id = id, Type = "person", Canonical = canonical, Mentions = mentions };
    }

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
        var q = Only(body, "My predecessor", Person(body, "p1", "Bikram Gurung", "Bikram Gurung"));
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
        var q = Only(body, "no lawful basis", Person(body, "p1", "Naledi Dube", "Naledi Dube"));
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
        var q = Only(body, "The politicians", Person(body, "p1", "Ahero", "Ahero"));
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
            Person(body, "p1", "Lindiwe Zulu", "Lindiwe Zulu"), Person(body, "p2", "Musa Zulu", "Musa Zulu"),
            SurnameOnly(body, "p3", "Zulu", "Ms Zulu", "Mr Zulu"),
        };
        Assert.Equal("Lindiwe Zulu", Only(body, "We were told", entities).Speaker);
        Assert.Equal("Musa Zulu", Only(body, "I want to see", entities).Speaker);
    }
}
