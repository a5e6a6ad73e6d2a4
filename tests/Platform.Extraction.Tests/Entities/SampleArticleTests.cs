using Platform.Contracts;
using Platform.Extraction.Entities;

namespace Platform.Extraction.Tests.Entities;

public sealed class SampleArticleTests
{
    private readonly string _body = TestPaths.SampleBody();
    private readonly IReadOnlyList<ExtractedEntity> _entities;

    public SampleArticleTests() => _entities = EntityExtractor.CreateDefault().Extract(_body);

    private ExtractedEntity Single(string type, string canonical) =>
        Assert.Single(_entities, e => e.Type == type && e.Canonical == canonical);

    [TeamSharedFact]
    public void Finds_Shoigu_with_his_role_and_name_only_span()
    {
        var shoigu = Single("person", "Sergei Shoigu");
        Assert.Equal("Russian Security Council Secretary", shoigu.Role);
        Assert.All(shoigu.Mentions.Where(m => m.MentionKind == "name"), m => Assert.DoesNotContain("Secretary", m.Text));
        Assert.Contains(shoigu.Mentions, m => m.Text == "Sergei Shoigu" && m.Role == "Russian Security Council Secretary");
    }

    [TeamSharedFact]
    public void Finds_Kim_Jong_un_as_North_Korean_leader()
    {
        var kim = Single("person", "Kim Jong-un");
        Assert.Equal("North Korean leader", kim.Role);
    }

    [TeamSharedFact]
    public void Merges_both_spellings_of_the_ministry_into_one_entity()
    {
        var ministry = Single("organization", "Ministry of Unification");
        var names = ministry.Mentions.Where(m => m.MentionKind == "name").Select(m => m.Text).ToList();
        Assert.Contains("Ministry of Unification", names);
        Assert.Contains("Unification Ministry", names);
        Assert.DoesNotContain(_entities, e => e.Type == "organization" && e.Canonical == "Unification Ministry");
    }

    [TeamSharedTheory]
    [InlineData("North Korea")]
    [InlineData("Russia")]
    [InlineData("Seoul")]
    [InlineData("Ukraine")]
    [InlineData("China")]
    [InlineData("Pyongyang")]
    public void Finds_each_place_once(string place) => Single("location", place);

    [TeamSharedTheory]
    [InlineData("South Korean")]
    [InlineData("North Korean")]
    [InlineData("Russian")]
    public void Finds_nationalities(string nationality) => Single("nationality", nationality);

    [TeamSharedFact]
    public void Described_official_is_one_entity_with_nominal_mentions()
    {
        var official = Single("person", "Ministry of Unification official");
        Assert.All(official.Mentions, m => Assert.Equal("nominal", m.MentionKind));
        Assert.True(official.Mentions.Count >= 5, $"only {official.Mentions.Count} mentions");
        Assert.Contains(official.Mentions, m => m.Text == "the official");
    }

    [TeamSharedFact]
    public void Reports_no_people_beyond_the_two_named()
    {
        var named = _entities.Where(e => e.Type == "person" && e.Mentions.Any(m => m.MentionKind == "name")).Select(e => e.Canonical).ToList();
        Assert.Equal(["Kim Jong-un", "Sergei Shoigu"], named.Order().ToList());
    }

    [TeamSharedFact]
    public void Every_mention_offset_matches_its_text()
    {
        foreach (var mention in _entities.SelectMany(e => e.Mentions))
            Assert.Equal(mention.Text, _body.Substring(mention.Start, mention.End - mention.Start));
    }

    [TeamSharedFact]
    public void Ids_are_sequential_in_order_of_first_mention()
    {
        Assert.Equal(Enumerable.Range(1, _entities.Count).Select(i => "e" + i), _entities.Select(e => e.Id));
        var firsts = _entities.Select(e => e.Mentions.Min(m => m.Start)).ToList();
        Assert.Equal(firsts.Order(), firsts);
    }
}
