using Platform.Extraction.Entities;

namespace Platform.Extraction.Tests.Entities;

public sealed class CoreferenceTests
{
    private static readonly EntityExtractor Extractor = EntityExtractor.CreateDefault();

    [Fact]
    public void Surname_alone_links_to_the_full_name()
    {
        var entities = Extractor.Extract("German Finance Minister Lena Vogt spoke in Berlin. Vogt said the plan was fair.");
        var vogt = Assert.Single(entities, e => e.Type == "person");
        Assert.Equal("Lena Vogt", vogt.Canonical);
        Assert.Contains(vogt.Mentions, m => m.Text == "Vogt" && m.Evidence == "coref:surname" && m.MentionKind == "name");
    }

    [Fact]
    public void Korean_family_name_links_only_when_unambiguous()
    {
        var one = Extractor.Extract("Leader Kim Jong-un inspected a factory. Kim said output must rise.");
        var kim = Assert.Single(one, e => e.Type == "person");
        Assert.Equal(2, kim.Mentions.Count);

        var two = Extractor.Extract("Kim Jong-un met Kim Yo-jong in Pyongyang on Monday. Kim said the talks went well.");
        var people = two.Where(e => e.Type == "person" && e.Canonical.Contains('-')).ToList();
        Assert.Equal(2, people.Count);
        Assert.All(people, p => Assert.DoesNotContain(p.Mentions, m => m.Text == "Kim"));
    }

    [Fact]
    public void The_ministry_links_to_the_organization_named_before()
    {
        var body = "The Ministry of Unification said on Tuesday it would fund civic groups. The ministry added that talks were possible.";
        var ministry = Assert.Single(Extractor.Extract(body), e => e.Type == "organization");
        Assert.Contains(ministry.Mentions, m => m.Text == "The ministry" && m.MentionKind == "nominal" && m.Evidence == "coref:nominal");
    }

    [Fact]
    public void The_South_and_the_North_resolve_to_the_Koreas()
    {
        var body = "North Korea fired a missile on Sunday, South Korea said. The North has tested weapons often, and the South raised its alert.";
        var entities = Extractor.Extract(body);
        var north = Assert.Single(entities, e => e.Canonical == "North Korea");
        var south = Assert.Single(entities, e => e.Canonical == "South Korea");
        Assert.Contains(north.Mentions, m => m.Text == "The North" && m.MentionKind == "nominal");
        Assert.Contains(south.Mentions, m => m.Text == "the South" && m.MentionKind == "nominal");
    }

    [Fact]
    public void The_island_nation_resolves_to_the_island_country()
    {
        var body = "An earthquake shook Japan on Friday. The island nation sits on several fault lines.";
        var japan = Assert.Single(Extractor.Extract(body), e => e.Canonical == "Japan");
        Assert.Contains(japan.Mentions, m => m.Text == "The island nation");
    }

    [Fact]
    public void Acronym_links_to_the_spelled_out_organization()
    {
        var body = "The Korea Development Institute cut its forecast. KDI said exports would slow.";
        var kdi = Assert.Single(Extractor.Extract(body), e => e.Type == "organization");
        Assert.Equal("Korea Development Institute", kdi.Canonical);
        Assert.Equal(2, kdi.Mentions.Count);
    }

    [Fact]
    public void The_spokesperson_links_to_the_person_with_that_role()
    {
        var body = "Foreign Ministry spokesperson Lim Soo-suk said the talks were useful. The spokesperson declined to give details.";
        var lim = Assert.Single(Extractor.Extract(body), e => e.Type == "person");
        Assert.Equal("Lim Soo-suk", lim.Canonical);
        Assert.Contains(lim.Mentions, m => m.Text == "The spokesperson" && m.MentionKind == "nominal");
    }
}
