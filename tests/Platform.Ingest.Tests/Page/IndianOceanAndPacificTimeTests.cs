using Platform.Ingest.Decoding.Time;

namespace Platform.Ingest.Tests.Page;

/// <summary>
/// Zones of the Indian Ocean and the Pacific named by abbreviation, by a short or other-language country name, and a
/// part of the day written after the clock time (invented outlets).
/// </summary>
public sealed class IndianOceanAndPacificTimeTests
{
    [Theory]
    [InlineData("Published: Sunday, 9 November 2025 · 10:15 MVT", 300)]
    [InlineData("Source: Coral Wire | 03/09/2025 | 11:20 am (PNG time)", 600)]
    [InlineData("Publié le 15/10/2025 à 14h05 (heure de Maurice)", 240)]
    [InlineData("Posted 4 April 2025, 08:00 TLT", 540)]
    public void A_zone_named_by_abbreviation_or_country_gives_the_offset(string stamp, int offset)
    {
        var article = PageDumps.Read("THE REEF LEDGER\nHome   Islands   Business\nHarbour pilots ask for a second tug\n" + stamp + "\n" + PageDumps.Body);

        Assert.Equal(offset, article.Published!.OffsetMinutes);
    }

    [Theory]
    [InlineData("Selasa, 12 Ogos 2025 | 8.45 malam", 20, 45)]
    [InlineData("12 Ogos 2025, 7.30 pagi", 7, 30)]
    [InlineData("12 de agosto de 2025, 3:30 de la tarde", 15, 30)]
    [InlineData("12 août 2025, 9h15 du soir", 21, 15)]
    public void A_part_of_the_day_after_the_time_says_morning_or_evening(string text, int hour, int minute)
    {
        var parsed = DateTextParser.Parse(text)!;

        Assert.Equal(hour, parsed.Local.Hour);
        Assert.Equal(minute, parsed.Local.Minute);
    }
}
