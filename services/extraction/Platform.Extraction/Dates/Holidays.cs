using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Dates;

/// <summary>
/// Named days: fixed-date holidays ("Christmas", "New Year's Eve", "Valentine's Day", "Halloween", "May Day"), the
/// United States' weekday holidays where their own spelling names them ("Memorial Day", "Labor Day", "Thanksgiving"), the
/// Easter cycle (Gregorian computus: "Easter", "Good Friday", "Easter Monday"), and lunar ones from .NET's calendars
/// ("Eid al-Fitr" and "Eid al-Adha" from the Umm al-Qura calendar, "Lunar New Year" from the Chinese lunisolar calendar;
/// "Ramadan" is the interval of its month). A year written after the name places it; otherwise, like a day and month
/// without a year, the occurrence nearest the publication date on the side the clause's tense points to. Holidays whose
/// date differs by country ("Independence Day", "Labour Day") or that no .NET calendar computes ("Diwali") are not read.
/// </summary>
internal static partial class Holidays
{
    public static IEnumerable<ExtractedDate> Find(string body, PublicationAnchor? anchor)
    {
        foreach (Match m in Name().Matches(body))
        {
            var name = NormalName(m.Groups["name"].Value);
            string? value = null;
            if (m.Groups["y"].Success)
                value = Format(name, int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture));
            else if (anchor is not null)
                value = Nearest(name, anchor.Date, TenseDetector.Of(body, m.Index, m.Index + m.Length));
            yield return MatchedDate.From(m, value, m.Groups["y"].Success ? "absolute" : "relative",
                m.Groups["y"].Success ? null : anchor?.Description, "rule:holiday");
        }
    }

    private static string? Nearest(string name, DateOnly publication, Tense tense)
    {
        (DateOnly Start, string Value)? best = null;
        for (var y = publication.Year - 1; y <= publication.Year + 1; y++)
        {
            if (Start(name, y) is not { } start || Format(name, y) is not { } value) continue;
            if (tense == Tense.Future && start.DayNumber < publication.DayNumber - 7) continue;
            if (tense == Tense.Past && start.DayNumber > publication.DayNumber + 7) continue;
            if (best is null || Math.Abs(start.DayNumber - publication.DayNumber) < Math.Abs(best.Value.Start.DayNumber - publication.DayNumber))
                best = (start, value);
        }
        return best?.Value;
    }

    private static string? Format(string name, int year)
    {
        if (Start(name, year) is not { } start) return null;
        if (name == "ramadan")
        {
            var end = IslamicDay(year, 10, 1)?.AddDays(-1);
            return end is null ? null : Iso(start) + "/" + Iso(end.Value);
        }
        return Iso(start);
    }

    /// <summary>The (first) day of a holiday in a Gregorian year, or null outside what the calendars cover.</summary>
    private static DateOnly? Start(string name, int year) => name switch
    {
        "new year's day" => new DateOnly(year, 1, 1),
        "new year's eve" => new DateOnly(year, 12, 31),
        "valentine's day" => new DateOnly(year, 2, 14),
        "st patrick's day" or "st. patrick's day" => new DateOnly(year, 3, 17),
        "all saints' day" or "all saints day" => new DateOnly(year, 11, 1),
        "all souls' day" or "all souls day" => new DateOnly(year, 11, 2),
        "christmas" or "christmas day" => new DateOnly(year, 12, 25),
        "christmas eve" => new DateOnly(year, 12, 24),
        "boxing day" => new DateOnly(year, 12, 26),
        "halloween" => new DateOnly(year, 10, 31),
        "may day" => new DateOnly(year, 5, 1),
        "memorial day" => LastWeekday(year, 5, DayOfWeek.Monday),
        "labor day" => NthWeekday(year, 9, DayOfWeek.Monday, 1),
        "thanksgiving" or "thanksgiving day" => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
        "easter" or "easter sunday" => Easter(year),
        "good friday" => Easter(year).AddDays(-2),
        "easter monday" => Easter(year).AddDays(1),
        "eid al-fitr" => IslamicDay(year, 10, 1),
        "eid al-adha" => IslamicDay(year, 12, 10),
        "ramadan" => IslamicDay(year, 9, 1),
        "lunar new year" or "chinese new year" => LunarNewYear(year),
        _ => null,
    };

    /// <summary>The Gregorian day of an Islamic month and day falling in <paramref name="year"/> (Umm al-Qura calendar).</summary>
    private static DateOnly? IslamicDay(int year, int month, int day)
    {
        var calendar = new UmAlQuraCalendar();
        try
        {
            var hijriYear = calendar.GetYear(new DateTime(year, 1, 1));
            foreach (var y in new[] { hijriYear, hijriYear + 1 })
            {
                var date = DateOnly.FromDateTime(calendar.ToDateTime(y, month, day, 0, 0, 0, 0));
                if (date.Year == year) return date;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // outside 1900-2077, the range the calendar covers
        }
        return null;
    }

    private static DateOnly? LunarNewYear(int year)
    {
        try
        {
            var calendar = new ChineseLunisolarCalendar();
            return DateOnly.FromDateTime(calendar.ToDateTime(year, 1, 1, 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).</summary>
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)weekday - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
    }

    private static string NormalName(string raw) =>
        Regex.Replace(raw.Replace('’', '\'').ToLowerInvariant(), @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(2));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?<name>New\s+Year['’]s\s+(?:Day|Eve)|Valentine['’]s\s+Day|St\.?\s+Patrick['’]s\s+Day|All\s+Saints['’]?\s+Day|All\s+Souls['’]?\s+Day|Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|Halloween|May\s+Day|Memorial\s+Day|Labor\s+Day|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Eid\s+al-(?:Fitr|Adha)|Lunar\s+New\s+Year|Chinese\s+New\s+Year|Ramadan)\b(?![-\s]+(?:Island|trees?|cards?|markets?|lights?|decorations?|carols?|puddings?|presents?|gifts?|songs?|albums?|jumpers?|bonus(?:es)?|specials?|Rising|Accords?|Agreement|offensive)\b)(?:,?\s+(?<y>(?:19|20)\d\d)(?!\d))?", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Name();
}
