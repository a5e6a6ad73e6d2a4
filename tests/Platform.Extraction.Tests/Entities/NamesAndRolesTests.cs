using Platform.Contracts;
using Platform.Extraction.Entities;

namespace Platform.Extraction.Tests.Entities;

public sealed class NamesAndRolesTests
{
    private static readonly EntityExtractor Extractor = EntityExtractor.CreateDefault();

    private static ExtractedEntity Person(IReadOnlyList<ExtractedEntity> entities, string canonical) =>
        Assert.Single(entities, e => e.Type == "person" && e.Canonical == canonical);

    [Fact]
    public void Splits_title_from_name_and_keeps_nationality()
    {
        const string body = "German Finance Minister Lena Vogt said on Monday that the budget would be balanced.";
        var entities = Extractor.Extract(body);
        var vogt = Person(entities, "Lena Vogt");
        Assert.Equal("German Finance Minister", vogt.Role);
        var name = Assert.Single(vogt.Mentions);
        Assert.Equal(body.IndexOf("Lena", StringComparison.Ordinal), name.Start);
        Assert.Contains(entities, e => e.Type == "nationality" && e.Canonical == "German");
    }

    [Fact]
    public void Central_bank_governor_gives_person_role_and_organization()
    {
        var entities = Extractor.Extract("Bank of Japan Governor Kazuo Ueda said the bank would keep rates low.");
        Assert.Equal("Bank of Japan Governor", Person(entities, "Kazuo Ueda").Role);
        Assert.Contains(entities, e => e.Type == "organization" && e.Canonical == "Bank of Japan");
    }

    [Theory]
    [InlineData("He spoke with U.S. Secretary of State Marco Rubio on Friday.", "Marco Rubio", "U.S. Secretary of State")]
    [InlineData("The move angered North Korean leader Kim Jong-un, analysts said.", "Kim Jong-un", "North Korean leader")]
    [InlineData("Samsung Electronics Chairman Lee Jae-yong visited the plant.", "Lee Jae-yong", "Samsung Electronics Chairman")]
    [InlineData("The minister later met his Japanese counterpart Takeshi Iwaya in Tokyo.", "Takeshi Iwaya", "Japanese counterpart")]
    public void Keeps_the_role_written_before_the_name(string body, string name, string role)
    {
        var person = Person(Extractor.Extract(body), name);
        Assert.Equal(role, person.Role);
        Assert.Contains(person.Mentions, m => m.Text == name && m.Role == role);
    }

    [Fact]
    public void Person_pieces_separated_by_a_space_form_one_name()
    {
        var entities = Extractor.Extract("Governor Abba Kabir Yusuf imposed a curfew in the city.");
        Assert.Equal("Governor", Person(entities, "Abba Kabir Yusuf").Role);
    }

    [Theory]
    [InlineData("Opposition leader Park Min-ji criticized the plan on Tuesday.", "Park Min-ji")]
    [InlineData("The report was written by Lee Jae-sung, a researcher in Seoul.", "Lee Jae-sung")]
    [InlineData("The coach praised J.R. Smith after the game in Denver.", "J.R. Smith")]
    [InlineData("European Commission President Ursula von der Leyen arrived in Kyiv.", "Ursula von der Leyen")]
    [InlineData("Saudi envoy Faisal bin Farhan met officials in Cairo on Monday.", "Faisal bin Farhan")]
    [InlineData("\"We are not in a hurry,\" Governor Khalid bin Nasser Al-Mahrouqi told reporters in Muscat.", "Khalid bin Nasser Al-Mahrouqi")]
    public void Recognizes_names_as_news_writes_them(string body, string name)
    {
        var person = Person(Extractor.Extract(body), name);
        Assert.Contains(person.Mentions, m => m.Text == name && m.MentionKind == "name");
    }

    [Theory]
    [InlineData("Mr. Tanaka said the talks would continue.", "Tanaka")]
    [InlineData("Speaking later, Dr. Amina Yusuf warned of a new outbreak.", "Amina Yusuf")]
    [InlineData("A statement from Gen. Carlos Ortega denied the claim.", "Carlos Ortega")]
    public void Leaves_honorifics_out_of_the_span(string body, string name)
    {
        var person = Person(Extractor.Extract(body), name);
        Assert.Equal(name, person.Mentions[0].Text);
    }

    [Fact]
    public void Capital_standing_for_government_is_a_location()
    {
        var entities = Extractor.Extract("Tokyo protested the launch, while Washington said it was consulting allies.");
        Assert.Contains(entities, e => e.Type == "location" && e.Canonical == "Tokyo");
        Assert.Contains(entities, e => e.Type == "location" && e.Canonical == "Washington");
    }

    [Fact]
    public void Nationality_before_a_ministry_is_split_from_the_organization()
    {
        var entities = Extractor.Extract("The Japanese Foreign Ministry summoned the ambassador on Friday.");
        Assert.Contains(entities, e => e.Type == "nationality" && e.Canonical == "Japanese");
        Assert.Contains(entities, e => e.Type == "organization" && e.Canonical == "Foreign Ministry");
    }

    [Fact]
    public void Lexicon_aliases_share_one_canonical_location()
    {
        var entities = Extractor.Extract("Officials in the U.S. said the United States would respond.");
        var us = Assert.Single(entities, e => e.Type == "location");
        Assert.Equal("United States", us.Canonical);
        Assert.Equal(2, us.Mentions.Count);
    }

    [Fact]
    public void Empty_body_gives_no_entities() => Assert.Empty(Extractor.Extract(""));

    [Fact]
    public void A_gaelic_family_name_prefix_joins_the_name_and_the_family_name_alone_is_the_same_person()
    {
        const string body = "Among his pupils was Róisín Ní Dhónaill, who joined the class in 1979. Years later Ní Dhónaill toured with the ensemble.";
        var person = Person(Extractor.Extract(body), "Róisín Ní Dhónaill");
        Assert.Contains(person.Mentions, m => m.Text == "Ní Dhónaill");
    }

    [Fact]
    public void A_turkic_patronymic_word_closes_the_name()
    {
        const string body = "The mayor met Daniyar Temirbek uulu on Monday. Temirbek uulu said the vote would go ahead.";
        var person = Person(Extractor.Extract(body), "Daniyar Temirbek uulu");
        Assert.Contains(person.Mentions, m => m.Text == "Temirbek uulu");
    }

    [Fact]
    public void Person_pieces_separated_by_a_lowercase_particle_form_one_name()
    {
        var entities = Extractor.Extract("State assistant tourism minister Arifin bin Matusin said at a briefing that visitors were expected.");
        Assert.Equal("Arifin bin Matusin", Assert.Single(Person(entities, "Arifin bin Matusin").Mentions).Text);
    }

    [Theory]
    [InlineData("Prosecutors had sought more. Lilit Hovhannisyan, the prosecutor who has led the case, said she was satisfied.", "Lilit Hovhannisyan")]
    [InlineData("Farmers were angry. Tekle Woldemariam, 52, a retired magistrate, joined the march.", "Tekle Woldemariam")]
    public void A_name_before_an_appositive_headed_by_a_role_is_a_person(string body, string name) =>
        Person(Extractor.Extract(body), name);

    [Fact]
    public void A_place_before_an_appositive_without_a_role_is_not_a_person() =>
        Assert.DoesNotContain(Extractor.Extract("Flooding hit the region again. Port Harmon, the largest town on the coast, lost power."),
            e => e.Type == "person" && e.Canonical == "Port Harmon");

    [Fact]
    public void A_name_before_an_appositive_headed_by_an_agent_noun_or_a_kinship_noun_is_a_person()
    {
        var entities = Extractor.Extract("Pieter van der Westhuizen, a climatologist at the institute, said the drop was real. " +
                                         "VILLAPUTZU, Sardinia - Bachisio Fadda, a shepherd's son who made pipes, died on Tuesday.");
        Person(entities, "Pieter van der Westhuizen");
        Person(entities, "Bachisio Fadda");
    }

    [Fact]
    public void A_person_named_like_a_company_the_article_names_with_a_company_form_is_that_company()
    {
        var entities = Extractor.Extract("Lääne Wood Group returned to profit. Chief executive Kristjan Tamm said Lääne Wood had taken back 140 workers.");
        Assert.DoesNotContain(entities, e => e.Type == "person" && e.Canonical == "Lääne Wood");
    }

    [Fact]
    public void Faroese_and_azerbaijani_particles_and_a_middle_patronymic_stay_inside_the_name()
    {
        var entities = Extractor.Extract("Judge Sevinj Akif qizi Mammadova read the ruling. Midfielder Jákup av Reyni was booked.");
        Person(entities, "Sevinj Akif qizi Mammadova");
        Person(entities, "Jákup av Reyni");
    }
}
