using Platform.Contracts;
using Platform.Extraction.Entities;
using Platform.Extraction.Entities.Lexicons;

namespace Platform.Extraction.Tests.Entities;

/// <summary>Names typed from the words around them: lists, company cues, sports clubs, place cues. Invented names.</summary>
public sealed class ContextCueTests
{
    private static readonly EntityExtractor Extractor = EntityExtractor.CreateDefault();

    private static string? TypeOf(string body, string name) =>
        Extractor.Extract(body).FirstOrDefault(e => e.Mentions.Any(m => m.Text == name && m.MentionKind == "name"))?.Type;

    [Theory]
    [InlineData("Trains between Bonn and Kelsbruck were cancelled on Tuesday.", "Kelsbruck")]
    [InlineData("Services to Bielefeld, Ostervik and Paderborn ran late, the operator said.", "Ostervik")]
    [InlineData("Flooding cut roads in Tamberlo and Sukkur on Sunday.", "Tamberlo")]
    public void Unknown_word_listed_with_a_known_place_is_a_place(string body, string name) =>
        Assert.Equal("location", TypeOf(body, name));

    [Fact]
    public void Organization_list_partner_is_an_organization()
    {
        const string body = "Shares of Lufthansa and Quorvex fell sharply in Frankfurt on Monday.";
        Assert.Equal("organization", TypeOf(body, "Quorvex"));
        Assert.Equal("location", TypeOf(body, "Frankfurt"));
    }

    [Theory]
    [InlineData("Dalmerix said in a statement that it would close two plants.", "Dalmerix")]
    [InlineData("Shares of Quorvant fell 3 percent in early trading.", "Quorvant")]
    [InlineData("Brenlow's chief executive resigned on Friday after the audit.", "Brenlow")]
    [InlineData("Regional operator Nordvikbanen said services would resume.", "Nordvikbanen")]
    [InlineData("\"Demand is weak,\" said an analyst at Kestrova in Warsaw.", "Kestrova")]
    [InlineData("Zentharo, the Chilean copper miner, cut its forecast.", "Zentharo")]
    [InlineData("Velmora chief executive Ida Sorensen said prices would rise.", "Velmora")]
    [InlineData("The mine is owned by QXR, a listed group.", "QXR")]
    public void Company_cues_make_an_organization(string body, string name) =>
        Assert.Equal("organization", TypeOf(body, name));

    [Fact]
    public void A_known_given_name_before_said_in_a_statement_is_not_a_company()
    {
        Assert.NotEqual("organization", TypeOf("Maria said in a statement that she would appeal.", "Maria"));
    }

    [Fact]
    public void Surname_of_a_person_named_earlier_is_not_a_company()
    {
        const string body = "Opposition leader Tomas Hrubek criticised the plan. Hrubek said in a statement that it was unfair.";
        Assert.Equal("person", TypeOf(body, "Hrubek"));
    }

    [Fact]
    public void City_named_club_in_a_sports_story_is_an_organization()
    {
        const string body = "The Lyon Comets beat the Porto Herons 3-1 on Sunday. Coach Ana Silva praised the squad after the match, "
            + "and the league said the final would be played in Lyon.";
        var entities = Extractor.Extract(body);
        Assert.Contains(entities, e => e.Type == "organization" && e.Mentions.Any(m => m.Text == "Lyon Comets"));
        Assert.Contains(entities, e => e.Type == "organization" && e.Mentions.Any(m => m.Text == "Porto Herons"));
        var lastLyon = body.LastIndexOf("Lyon", StringComparison.Ordinal);
        Assert.Contains(entities, e => e.Type == "location" && e.Mentions.Any(m => m.Start == lastLyon));
    }

    [Fact]
    public void City_followed_by_a_capitalised_word_outside_sports_is_not_a_club()
    {
        var entities = Extractor.Extract("Officials in Lyon said on Monday that rents had risen again.");
        Assert.Contains(entities, e => e.Type == "location" && e.Canonical == "Lyon");
        Assert.DoesNotContain(entities, e => e.Type == "organization");
    }

    [Theory]
    [InlineData("Rescuers reached the village of Tamzirt on Monday.", "Tamzirt")]
    [InlineData("Trucks could not reach the port of Kelvarra after the storm.", "Kelvarra")]
    public void Place_noun_of_name_is_a_place(string body, string name) =>
        Assert.Equal("location", TypeOf(body, name));

    [Fact]
    public void Dateline_month_abbreviation_is_not_a_name()
    {
        var entities = Extractor.Extract("OSLO, Feb 3 -- Power prices rose again on Monday, the grid operator said.");
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text == "Feb"));
        Assert.Contains(entities, e => e.Type == "location" && e.Canonical == "Oslo");
    }

    [Theory]
    [InlineData("Duisburg")]
    [InlineData("Stavanger")]
    [InlineData("Puerto Princesa")]
    [InlineData("Fort McMurray")]
    [InlineData("Sulawesi")]
    [InlineData("North Rhine-Westphalia")]
    public void World_gazetteer_knows_places(string place) =>
        Assert.Equal("location", TypeOf($"Officials in {place} said the roads were closed.", place));

    [Fact]
    public void World_city_list_adds_towns_but_not_common_given_names()
    {
        var gazetteer = EntityLexicons.Default.Gazetteer;
        Assert.True(gazetteer.TryGet("Eldoret", out var entry) && entry!.Category == LexiconCategory.City);
        foreach (var name in new[] { "Mary", "Preston", "Savannah", "Jasper" })
            Assert.False(gazetteer.TryGet(name, out _), name);
    }

    [Fact]
    public void Club_nickname_alone_joins_the_club()
    {
        const string body = "The Lyon Comets beat the Porto Herons 4-2 in the final. Herons coach Rui Faria praised the squad's goals.";
        var herons = Assert.Single(Extractor.Extract(body), e => e.Canonical == "Porto Herons");
        Assert.Equal("organization", herons.Type);
        Assert.Equal(2, herons.Mentions.Count);
    }

    [Fact]
    public void All_caps_headline_finds_lexicon_places_companies_and_nationalities()
    {
        var entities = Extractor.Extract("LUFTHANSA CUTS FLIGHTS TO DUISBURG AS GERMAN UNIONS STRIKE IN BAVARIA");
        Assert.Contains(entities, e => e.Type == "organization" && e.Mentions.Any(m => m.Text == "LUFTHANSA"));
        Assert.Contains(entities, e => e.Type == "location" && e.Canonical == "Duisburg");
        Assert.Contains(entities, e => e.Type == "location" && e.Canonical == "Bavaria");
        Assert.Contains(entities, e => e.Type == "nationality" && e.Canonical == "German");
    }
}
