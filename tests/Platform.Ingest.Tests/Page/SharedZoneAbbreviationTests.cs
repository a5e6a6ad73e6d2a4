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
}
