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

    private static ExtractedQuote Only(string body, string start, params ExtractedEntity[] entities) =>
        Extractor.Extract(body, entities, false).Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void She_said_goes_to_the_woman_the_article_names_not_to_the_nearer_man()
    {
        const string body = "Imani Achola chairs the growers' forum; she has farmed near Kisii since 2009.\n\n" +
                            "Tomas Berggren, a buyer from Rotterdam, toured the farms last week and signed two contracts.\n\n" +
                            "\"We were paid late every single season,\" she said.";
        var q = Only(body, "We were paid", TestEntities.Named(body, "p1", "person", "Imani Achola", "Imani Achola"),
            TestEntities.Named(body, "p2", "person", "Tomas Berggren", "Tomas Berggren"));
        Assert.Equal("Imani Achola", q.Speaker);
    }

    [Fact]
    public void Without_gender_evidence_the_nearer_subject_still_wins()
    {
        const string body = "Imani Achola chairs the growers' forum.\n\nTomas Berggren toured the farms last week.\n\n" +
                            "\"We were paid late every single season,\" she said.";
        var q = Only(body, "We were paid", TestEntities.Named(body, "p1", "person", "Imani Achola", "Imani Achola"),
            TestEntities.Named(body, "p2", "person", "Tomas Berggren", "Tomas Berggren"));
        Assert.Equal("Tomas Berggren", q.Speaker);
    }

    [Fact]
    public void A_name_in_apposition_to_the_sentence_opening_is_its_subject()
    {
        const string body = "\"I am a bit scared,\" said Rin Okada, aged 12.\n\n" +
                            "Her grandmother, Sumiko Okada, attended the school in the 1960s. \"We had forty children in one room,\" she said.";
        var q = Only(body, "We had forty", TestEntities.Named(body, "p1", "person", "Rin Okada", "Rin Okada"),
            TestEntities.Named(body, "p2", "person", "Sumiko Okada", "Sumiko Okada"));
        Assert.Equal("Sumiko Okada", q.Speaker);
    }

    [Fact]
    public void A_surname_opening_a_sentence_is_the_full_name_given_earlier_even_when_the_tagger_missed_it()
    {
        const string body = "The vote was 31-14, said council leader Marit Dekker.\n\n" +
                            "Jaap Smeets of the opposition called it a mistake.\n\n" +
                            "Dekker said work would start in the spring. \"We have argued about this for long enough,\" she said.";
        var q = Only(body, "We have argued", TestEntities.Named(body, "p1", "person", "Jaap Smeets", "Jaap Smeets"));
        Assert.Equal("Marit Dekker", q.Speaker);
    }

    [Fact]
    public void According_to_a_name_before_a_partial_quote_attributes_it()
    {
        const string body = "Union leaders will meet on Thursday. According to Halvorsen, the strike \"can still be avoided if the minister moves\" before then.";
        var q = Only(body, "can still be avoided", TestEntities.Named(body, "p1", "person", "Ingrid Halvorsen", "Halvorsen"));
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
        var q = Only(body, "This was a deliberate", TestEntities.Named(body, "p1", "person", "Wanjiru Kamau", "Wanjiru Kamau"),
            TestEntities.Named(body, "o1", "organization", "Nakuru High Court", "Nakuru High Court"));
        Assert.Equal("Wanjiru Kamau", q.Speaker);
    }

    [Fact]
    public void Another_analyst_is_someone_new_not_the_analyst_named_before()
    {
        const string body = "\"One good quarter is not a recovery,\" said Lee Ha-eun, an analyst at Daeil Securities.\n\n" +
                            "Another analyst, who asked not to be named, said: \"The new plant is the whole story now.\"";
        var q = Only(body, "The new plant", TestEntities.Named(body, "p1", "person", "Lee Ha-eun", "Lee Ha-eun"));
        Assert.NotEqual("Lee Ha-eun", q.Speaker);
        Assert.Null(q.SpeakerEntityId);
    }
}
