using Platform.Contracts;
using Platform.Extraction.Quotes;
using Platform.Extraction.Tests.Dates;

namespace Platform.Extraction.Tests.Quotes;

public sealed class QuoteExtractorTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static IReadOnlyList<ExtractedQuote> Extract(string body, IReadOnlyList<ExtractedEntity>? entities = null, bool translated = false)
    {
        var quotes = Extractor.Extract(body, entities ?? [], translated);
        foreach (var q in quotes) Assert.Equal(q.Text, body.Substring(q.Start, q.End - q.Start));
        return quotes;
    }

    /// <summary>A hand-built entity whose mentions are every occurrence of the given phrases in the body.</summary>
    private static ExtractedEntity Entity(string body, string id, string type, string canonical, params (string Text, string Kind)[] phrases)
    {
        var mentions = new List<EntityMention>();
        foreach (var (text, kind) in phrases)
        {
            for (var i = body.IndexOf(text, StringComparison.Ordinal); i >= 0; i = body.IndexOf(text, i + text.Length, StringComparison.Ordinal))
                mentions.Add(new EntityMention { Text = text, Start = i, End = i + text.Length, MentionKind = kind, Evidence = "test", Confidence = 1 });
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ExtractedEntity { Id = id, Type = type, Canonical = canonical, Mentions = mentions };
    }

    [Theory]
    [InlineData("\"We will not back down,\" Lena Vogt said.", "We will not back down,", "Lena Vogt", "said")]
    [InlineData("“The plan is sound,” said Lena Vogt, a spokesperson for Harbor Freight Lines.", "The plan is sound,", "Lena Vogt", "said")]
    [InlineData("Vogt told reporters: “The plan is sound and the money is there.”", "The plan is sound and the money is there.", "Vogt", "told")]
    [InlineData("“Nobody planned for this,” Osei Mensah, the harbor master, added.", "Nobody planned for this,", "Osei Mensah", "added")]
    [InlineData("“Stocks are collapsing,” according to Ines Kalder.", "Stocks are collapsing,", "Ines Kalder", "according to")]
    [InlineData("“The water came in within minutes,” Osei Mensah stressed on Monday.", "The water came in within minutes,", "Osei Mensah", "stressed")]
    public void Attributes_quote_to_named_speaker(string body, string text, string speaker, string verb)
    {
        var q = Assert.Single(Extract(body));
        Assert.Equal(text, q.Text);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(verb, q.Verb);
        Assert.InRange(q.Confidence, 0.6, 1);
    }

    [Fact]
    public void Uses_the_entity_canonical_name_for_a_surname()
    {
        const string body = "Lena Vogt runs the ferry union. Vogt said: \"The plan is sound.\"";
        var vogt = Entity(body, "e1", "person", "Lena Vogt", ("Lena Vogt", "name"), ("Vogt said", "name"));
        var q = Assert.Single(Extract(body, [vogt]));
        Assert.Equal("Lena Vogt", q.Speaker);
        Assert.Equal("e1", q.SpeakerEntityId);
    }

    [Fact]
    public void Resolves_a_pronoun_to_the_most_recent_person()
    {
        const string body = "Mayor Ines Kalder opened the bridge on Monday.\n\n“It is a proud day for the city,” she said.";
        var kalder = Entity(body, "e2", "person", "Ines Kalder", ("Ines Kalder", "name"));
        var q = Assert.Single(Extract(body, [kalder]));
        Assert.Equal("Ines Kalder", q.Speaker);
        Assert.Equal("e2", q.SpeakerEntityId);
        Assert.Equal("said", q.Verb);
    }

    [Fact]
    public void Resolves_a_description_to_the_official_introduced_earlier()
    {
        const string body = "A senior Fisheries Ministry official briefed reporters in Bergen.\n\n\"Stocks are collapsing faster than our models predicted,\" the official said.";
        var q = Assert.Single(Extract(body));
        Assert.Equal("senior Fisheries Ministry official", q.Speaker);
        Assert.Null(q.SpeakerEntityId);
        Assert.Equal("said", q.Verb);
    }

    [Fact]
    public void Prefers_an_entity_whose_nominal_mention_covers_the_description()
    {
        const string body = "Harbor Freight Lines named Osei Mensah as its spokesperson.\n\n“We expect delays,” the spokesperson told reporters.";
        var mensah = Entity(body, "e3", "person", "Osei Mensah", ("Osei Mensah", "name"), ("the spokesperson", "nominal"));
        var q = Assert.Single(Extract(body, [mensah]));
        Assert.Equal("Osei Mensah", q.Speaker);
        Assert.Equal("e3", q.SpeakerEntityId);
        Assert.Equal("told", q.Verb);
    }

    [Fact]
    public void Keeps_a_description_as_written_when_nothing_introduces_it()
    {
        var q = Assert.Single(Extract("“Nobody told us anything,” the dock worker said."));
        Assert.Equal("the dock worker", q.Speaker);
        Assert.Null(q.SpeakerEntityId);
    }

    [Fact]
    public void Attributes_partial_quotes_inside_a_sentence()
    {
        const string body = "Ines Kalder called the delay \"deeply troubling\" and promised a review. “A scandal in slow motion,” she said.";
        var kalder = Entity(body, "e2", "person", "Ines Kalder", ("Ines Kalder", "name"));
        var quotes = Extract(body, [kalder]);
        Assert.Equal(["deeply troubling", "A scandal in slow motion,"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Ines Kalder", q.Speaker));
        Assert.Equal(["called", "said"], quotes.Select(q => q.Verb));
    }

    [Fact]
    public void Joins_a_multi_paragraph_quote_under_one_speaker()
    {
        const string body = "Osei Mensah described the night: “The water came in fast and we lost power within minutes.\n\n“By dawn the whole dock was under water,” he said.";
        var quotes = Extract(body);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("The water came in fast and we lost power within minutes.", quotes[0].Text);
        Assert.Equal("By dawn the whole dock was under water,", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("Osei Mensah", q.Speaker));
    }

    [Fact]
    public void Keeps_nested_single_quotes_in_the_text()
    {
        var q = Assert.Single(Extract("“He told us ‘stay inside’ and we did,” the resident said."));
        Assert.Equal("He told us ‘stay inside’ and we did,", q.Text);
        Assert.Equal("the resident", q.Speaker);
    }

    [Fact]
    public void Skips_unattributed_scare_quotes()
    {
        Assert.Empty(Extract("The so-called \"peace dividend\" never reached the fishing towns."));
    }

    [Fact]
    public void Keeps_an_unattributed_quote_without_speaker()
    {
        var q = Assert.Single(Extract("A banner at the gate read: “No ferries, no future for this island.”"));
        Assert.Null(q.Speaker);
        Assert.True(q.Confidence < 0.5);
    }

    [Fact]
    public void Marks_every_quote_translated_when_the_article_is_a_translation()
    {
        var quotes = Extract("“We need the ferry,” Lena Vogt said. “And we need it now,” she added.", translated: true);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.True(q.Translated));
        Assert.All(quotes, q => Assert.Equal("Lena Vogt", q.Speaker));
        Assert.False(Assert.Single(Extract("“We need the ferry,” Lena Vogt said.")).Translated);
    }

    [TeamSharedFact]
    public void Attributes_the_sample_quotes_to_the_ministry_official()
    {
        var body = SampleArticle.Body;
        var quotes = Extract(body, [], translated: true);
        Assert.Equal(4, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Ministry of Unification official", q.Speaker));
        Assert.All(quotes, q => Assert.Equal("said", q.Verb));
        Assert.All(quotes, q => Assert.True(q.Translated));
        Assert.StartsWith("Russia has grown increasingly reliant", quotes[0].Text);
        Assert.Equal(body.IndexOf("Russia has grown", StringComparison.Ordinal), quotes[0].Start);
        Assert.EndsWith("North Korea-Russia alliance,", quotes[0].Text);
        Assert.StartsWith("Given the challenges", quotes[1].Text);
        Assert.StartsWith("The reason Russia made", quotes[2].Text);
        Assert.StartsWith("It appears North Korea refrained", quotes[3].Text);
    }

    [TeamSharedFact]
    public void Uses_the_sample_entity_for_the_official_when_given()
    {
        var body = SampleArticle.Body;
        var official = Entity(body, "e7", "person", "Ministry of Unification official",
            ("a Ministry of Unification official", "nominal"), ("the official", "nominal"), ("The Unification Ministry official", "nominal"));
        var ministry = Entity(body, "e8", "organization", "Ministry of Unification", ("Ministry of Unification", "name"), ("Unification Ministry", "name"));
        var quotes = Extract(body, [ministry, official]);
        Assert.Equal(4, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("e7", q.SpeakerEntityId));
    }
}
