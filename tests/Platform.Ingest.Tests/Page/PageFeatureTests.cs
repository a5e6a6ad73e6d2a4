using Platform.Ingest.Decoding.Page;
using Platform.Ingest.Decoding.Time;
using Xunit;

namespace Platform.Ingest.Tests.Page;

/// <summary>Smaller mechanisms of the page reader: lookalike letters, fused subtitles and titles, dates in other languages.</summary>
public sealed class PageFeatureTests
{
    [Theory]
    [InlineData("Ρhoto: the plane trees", "Photo: the plane trees")]       // Greek capital Rho
    [InlineData("Phоto: the plane trees", "Photo: the plane trees")]       // Cyrillic o
    [InlineData("Θεσσαλονίκη Ρhoto", "Θεσσαλονίκη Photo")]                 // a Greek word is left alone
    public void Lookalike_letters_inside_latin_words_are_folded(string text, string folded)
    {
        Assert.Equal(folded, LatinLookalikes.Fold(text));
    }

    [Theory]
    [InlineData("Empty Offices, Waiting Tenants Why Frankfurt's plan to turn office blocks into flats has stalled", "Empty Offices, Waiting Tenants")]
    [InlineData("The Mussel Farms That Moved Offshore How Chioggia's growers escaped the blue crab", "The Mussel Farms That Moved Offshore")]
    [InlineData("Fishermen on the Hel Peninsula sell their boats as cod ban enters its fifth year", "Fishermen on the Hel Peninsula sell their boats as cod ban enters its fifth year")]
    public void A_title_case_run_fused_with_a_sentence_case_subtitle_is_cut_and_a_sentence_case_headline_is_kept(string line, string headline)
    {
        Assert.Equal(headline, HeadlineCleaner.SplitFusedSubtitle(line));
    }

    [Fact]
    public void A_title_glued_to_its_standfirst_without_a_space_becomes_two_lines()
    {
        var parts = PagePreparer.SplitGluedTitle("Dans le Lot, un fournil ambulant pour les villages sans boulangerieDepuis mars, un artisan fait sa tournée").ToList();
        Assert.Equal(["Dans le Lot, un fournil ambulant pour les villages sans boulangerie", "Depuis mars, un artisan fait sa tournée"], parts);
        Assert.Single(PagePreparer.SplitGluedTitle("Sony shows the new PlayStation console to reporters in Tokyo on Friday"));
    }

    [Theory]
    [InlineData("5 de junio de 2024 - 08:15", "2024-06-05T08:15:00")]
    [InlineData("Kamis, 14 Agustus 2025 10:32", "2025-08-14T10:32:00")]
    [InlineData("Perşembe, 3 Nisan 2025", "2025-04-03T00:00:00")]
    [InlineData("14. helmikuuta 2025", "2025-02-14T00:00:00")]
    [InlineData("18 października 2024, 06:45", "2024-10-18T06:45:00")]
    public void Month_and_weekday_names_of_other_languages_are_read(string text, string local)
    {
        var parsed = DateTextParser.Parse(text);
        Assert.NotNull(parsed);
        Assert.Equal(local, parsed!.Local.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Publicado: 5 de junio de 2024", "published")]
    [InlineData("Julkaistu 14.2.2025 8.42", "published")]
    [InlineData("Päivitetty 14.2.2025 10.15", "modified")]
    [InlineData("Kamis, 14 Agustus 2025 10:32 WIB", "published")]
    public void Date_lines_labelled_in_other_languages_are_meta_lines(string line, string kind)
    {
        var mentions = Platform.Ingest.Decoding.Text.DateLineRecognizer.TryRead(line);
        Assert.NotNull(mentions);
        Assert.Equal(kind, mentions![0].Kind);
    }
}
