using Platform.Ingest.Decoding.Time;
using Xunit;

namespace Platform.Ingest.Tests.Page;

/// <summary>Abbreviations several regions share ("AST", "BST") are read by the region of the site (invented outlets).</summary>
public sealed class SharedZoneAbbreviationTests
{
    private const string Body = PageDumps.Body;

    [Fact]
    public void AST_on_a_Gulf_site_is_Arabia_Standard_Time()
    {
        var a = PageDumps.Read("THE DOHA LANTERN\nQatar  Gulf  World  Business\nSouq traders welcome longer evening hours\n" +
                               "Published: 18 May, 2025 - 11:30 am AST\n" + Body);
        Assert.Equal(180, a.Published!.OffsetMinutes);
    }

    [Fact]
    public void AST_on_a_Caribbean_site_is_Atlantic_Standard_Time()
    {
        var a = PageDumps.Read("THE LEEWARD TIDE\nBarbados   Region   Business   Sport\nSchools close early as storm nears\n" +
                               "First posted 6:12 a.m. AST, Monday, August 19, 2024\n" + Body);
        Assert.Equal(-240, a.Published!.OffsetMinutes);
    }

    [Fact]
    public void BST_is_Bangladesh_time_on_a_Bangladeshi_site_and_British_summer_time_over_a_Dhaka_dateline_elsewhere()
    {
        var bangla = PageDumps.Read("বাংলা | English\nJamuna Barta | English\nHome  National  Politics  Sports\nBreaking:\nDhaka–Sylhet trains resume on Sunday • Exams begin on 26 June • Mango exports rise\n" +
                                    "School building lost to river erosion\nPublish: 12 June 2025, 18:05 BST\n" + Body);
        Assert.Equal(360, bangla.Published!.OffsetMinutes);

        var wire = PageDumps.Read("Home | World | Asia | Business\nGarment workers stage sit-in over unpaid overtime\n" +
                                  "Published: 9 April 2013 18:04 BST\nDHAKA (Harbour Wire) - " + Body);
        Assert.Equal(60, wire.Published!.OffsetMinutes);
    }

    [Fact]
    public void The_most_named_zone_of_the_chrome_wins() =>
        Assert.Equal("Asia/Qatar", PageZone.Guess(["Doha 39°C", "Qatar  Gulf  World", "Flights to London resume"]));

    [Fact]
    public void A_page_note_on_the_zone_of_all_its_times_dates_a_time_without_one()
    {
        var a = PageDumps.Read("THE DELTA LEDGER\nFloating classrooms keep char children in school\nPublished: 29 Sep 2024, 10:30 AM\n" + Body +
                               "All times are Bangladesh Standard Time (BST, GMT+6).\n");
        Assert.Equal(360, a.Published!.OffsetMinutes);
    }

    [Fact]
    public void A_relative_update_stamp_beside_an_absolute_date_keeps_the_date()
    {
        var a = PageDumps.Read("LE QUOTIDIEN DU PORT\nLes mareyeuses achètent leur chambre froide\nPar Awa SARR\n" +
                               "Publié le mardi 8 avril 2025 à 11h42 GMT | Mis à jour hier à 16h10\n" + Body);
        Assert.Equal("2025-04-08T11:42:00", a.Published!.Local);
        Assert.Equal(0, a.Published.OffsetMinutes);
    }

    [Theory]
    [InlineData("Published: 3 October 2024 18:15 (Irish time)", 60)]
    [InlineData("Posted 11 September 2024 at 09:05 (Faroese time)", 60)]
    [InlineData("22/08/2024 11:40 SCT", 240)]
    [InlineData("2024.04.16 | 11:20 (ULAT)", 480)]
    public void Country_adjectives_and_island_zone_abbreviations_are_zones(string line, int offset)
    {
        var a = PageDumps.Read("THE HARBOUR LEDGER\nFerry board keeps the night crossing through winter\n" + line + "\n" + Body);
        Assert.Equal(offset, a.Published!.OffsetMinutes);
    }

    [Theory]
    [InlineData("Megjelent / Published: 2024. szeptember 17. 08:40 CEST", "2024-09-17T08:40:00")]
    [InlineData("2025 m. sausio 14 d. 10:15", "2025-01-14T10:15:00")]
    [InlineData("17 มี.ค. 2567 14:20 น.", "2024-03-17T14:20:00")]
    [InlineData("17 มีนาคม 2567", "2024-03-17T00:00:00")]
    public void Year_month_name_day_Thai_Buddhist_era_and_Lithuanian_dates_are_read(string line, string local) =>
        Assert.Equal(local, Platform.Ingest.Decoding.Time.DateTextParser.Parse(line) is { } d ? d.Local.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : null);
}
