using Platform.Ingest.Decoding;
using Platform.Ingest.Decoding.Page;
using Platform.Ingest.Decoding.Text;
using Xunit;

namespace Platform.Ingest.Tests.Page;

/// <summary>The site's name at the top of a page dump, and copyright owners written in other languages (invented outlets).</summary>
public sealed class MastheadTests
{
    private const string Body = PageDumps.Body;

    [Fact]
    public void The_first_name_shaped_line_above_the_headline_is_the_outlet_when_nothing_better_names_it()
    {
        var a = PageDumps.Read("Skip to content\nFolha do Planalto\nEN | PT\nBrasília · Politics · Economy\n" +
                               "Harbour board votes to close the old fish market\nBy Daniel Reyes\nMarch 4, 2025\n" + Body);
        Assert.Equal("Folha do Planalto", a.Outlet);
        Assert.Equal("masthead", a.FieldEvidence["outlet"].Rule);
    }

    [Fact]
    public void A_capitalised_masthead_takes_the_casing_the_page_uses_and_loses_its_edition_label()
    {
        var a = PageDumps.Read("Zum Inhalt springen\nDER WEITBLICK International\nAnmelden   Abo\n" +
                               "Harbour board votes to close the old fish market\nBy Daniel Reyes\nMarch 4, 2025\n" + Body +
                               "A spokesman told Der Weitblick the market would reopen.\n");
        Assert.Equal("Der Weitblick", a.Outlet);
    }

    [Theory]
    [InlineData("LV EN RU")]
    [InlineData("Tiếng Việt")]
    [InlineData("Sign In")]
    [InlineData("Home")]
    [InlineData("Storm closes the ferry route again.")]
    [InlineData("Germany Europe Business Science Culture")]
    public void Switchers_buttons_sentences_and_menus_are_not_names(string line) =>
        Assert.True(MastheadFinder.NameOf(line) is null || PageDumps.Read(line + "\nHarbour board votes to close the old fish market\nMarch 4, 2025\n" + Body).Outlet is null);

    [Fact]
    public void A_single_word_is_a_masthead_only_when_the_page_names_it_again()
    {
        var once = PageDumps.Read("World\nHarbour board votes to close the old fish market\nMarch 4, 2025\n" + Body);
        Assert.Null(once.Outlet);
        var twice = PageDumps.Read("Tallisburg\nMenu   Search\nHarbour board votes to close the old fish market\nMarch 4, 2025\n" + Body + "Read more at Tallisburg online.\n");
        Assert.Equal("Tallisburg", twice.Outlet);
    }

    [Fact]
    public void The_copyright_line_outranks_the_masthead()
    {
        var a = PageDumps.Read("KYSTEN\nHarbour board votes to close the old fish market\nMarch 4, 2025\n" + Body + "© 2025 Kysten Avis AS. Alle rettigheder forbeholdes.\n");
        Assert.Equal("Kysten Avis", a.Outlet);
    }

    [Theory]
    [InlineData("© 2024 Correio do Vale - Todos os direitos reservados", "Correio do Vale")]
    [InlineData("© Slezské listy a.s. Všechna práva vyhrazena", "Slezské listy")]
    [InlineData("© 2025 Kıyı Postası Medya. Tüm hakları saklıdır.", "Kıyı Postası")]
    [InlineData("© La Veu del Ter SL. Tots els drets reservats.", "La Veu del Ter")]
    public void Copyright_owners_lose_all_rights_reserved_in_other_languages_and_business_words(string line, string outlet)
    {
        var draft = new ArticleDraft();
        TextArticleParser.OfferCopyrightOutlet(line, draft);
        Assert.Equal(outlet, draft.Outlet);
    }

    [Fact]
    public void Icons_around_a_masthead_are_not_part_of_the_name() =>
        Assert.Equal("NAKHON LEDGER", MastheadFinder.NameOf("☰  NAKHON LEDGER  🔍"));
}
