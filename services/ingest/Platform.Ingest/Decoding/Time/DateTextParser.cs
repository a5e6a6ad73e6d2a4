using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Time;

/// <summary>
/// Reads dates in the styles news sites print: "19 Jun. 2025, 14:28", "June 19, 2025 2:28 PM KST", "2023. 11. 7. 09:05",
/// "17:40 March 3, 2021", "12.10.2016 08:15 (Moscow time)", "Monday 3 March 2021 06:30 GMT", ISO 8601, Korean and Japanese forms.
/// </summary>
public static partial class DateTextParser
{
    private static readonly IReadOnlyDictionary<string, int> Months = CalendarWords.Months;

    /// <summary>Parses a date with optional time and zone; null when no full date (with a year) is found.</summary>
    public static ParsedDate? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 200) return null;
        // Thai abbreviated months carry dots inside ("17 มี.ค. 2567"): read as one word.
        var text = ThaiAbbreviationDots().Replace(raw.Trim(), "");

        if (!TryFindDate(text, out var year, out var month, out var day, out var dateMatch)) return null;
        // A Buddhist-era year (Thai, Lao, Cambodian pages: 2567 is 2024) is 543 ahead of the Gregorian one.
        if (year >= BuddhistEraFloor) year -= BuddhistEraOffset;
        if (!IsValidDate(year, month, day)) return null;

        var rest = text.Remove(dateMatch.Index, dateMatch.Length).Insert(dateMatch.Index, " ");
        var zone = ZoneNames.Find(rest, out rest);
        var hasTime = TryFindTime(rest, out var hour, out var minute, out var second);
        var local = new DateTime(year, month, day, hasTime ? hour : 0, hasTime ? minute : 0, hasTime ? second : 0, DateTimeKind.Unspecified);
        return new ParsedDate(local, !hasTime, zone);
    }

    /// <summary>Reads a month and day without a year, e.g. "June 19" or "Jun. 19" (wire datelines).</summary>
    public static (int Month, int Day)? ParseMonthDay(string text)
    {
        var m = MonthDay().Match(text);
        if (!m.Success || !Months.TryGetValue(m.Groups["mon"].Value.ToLowerInvariant(), out var month)) return null;
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 ? (month, day) : null;
    }

    private static bool TryFindDate(string text, out int year, out int month, out int day, out Match match)
    {
        year = month = day = 0;

        match = Iso().Match(text);
        if (match.Success) return Ints(match, out year, out month, out day);

        match = CjkDate().Match(text);
        if (match.Success) return Ints(match, out year, out month, out day);

        match = YearFirst().Match(text);
        if (match.Success) return Ints(match, out year, out month, out day);

        foreach (Match named in DayMonthNameYear().Matches(text))
        {
            if (!Months.TryGetValue(named.Groups["mon"].Value.ToLowerInvariant(), out month)) continue;
            match = named;
            year = Int(match, "y");
            day = Int(match, "d");
            return true;
        }

        match = MonthNameDayYear().Match(text);
        if (match.Success && Months.TryGetValue(match.Groups["mon"].Value.ToLowerInvariant(), out month))
        {
            year = Int(match, "y");
            day = Int(match, "d");
            return true;
        }

        // "2024. szeptember 17.", "2025 m. sausio 14 d.", "2025eko apirilaren 7a": year, month name, day (Hungarian,
        // Lithuanian, Basque with its case endings on the year, the month and the day)
        foreach (Match named in YearMonthNameDay().Matches(text))
        {
            var monthName = named.Groups["mon"].Value.ToLowerInvariant();
            if (!Months.TryGetValue(monthName, out month)
                && !(monthName.EndsWith("ren", StringComparison.Ordinal) && Months.TryGetValue(monthName[..^3], out month))) continue;
            match = named;
            year = Int(match, "y");
            day = Int(match, "d");
            return true;
        }

        match = NumericDayMonthYear().Match(text);
        if (match.Success)
        {
            var a = Int(match, "a");
            var b = Int(match, "b");
            year = Int(match, "y");
            if (year < 100) year += 2000;
            var slash = match.Groups["sep"].Value == "/";
            // Day first, as most of the world writes it; slashes are month first only next to a US time zone
            // ("4/23/2010 3:10 PM ET"). An impossible month flips the order either way.
            (day, month) = slash && UsZone().IsMatch(text) ? (b, a) : (a, b);
            if (month > 12 && day <= 12) (day, month) = (month, day);
            return true;
        }
        return false;
    }

    private static bool TryFindTime(string text, out int hour, out int minute, out int second)
    {
        hour = minute = second = 0;
        var m = ClockTime().Match(text);
        if (m.Success)
        {
            hour = Int(m, "h");
            minute = Int(m, "m");
            second = m.Groups["s"].Success ? Int(m, "s") : 0;
            var meridiem = m.Groups["ap"].Value.Replace(".", "", StringComparison.Ordinal).Trim().ToLowerInvariant();
            var dayPart = m.Groups["dp"].Value.ToLowerInvariant();
            if (meridiem.Length == 0 && dayPart.Length > 0)
                meridiem = dayPart is "pagi" || dayPart.EndsWith("mañana", StringComparison.Ordinal) || dayPart.EndsWith("matin", StringComparison.Ordinal) || dayPart.EndsWith("manhã", StringComparison.Ordinal) ? "am" : "pm";
            if (meridiem.StartsWith('p') || meridiem == "오후" || meridiem == "午後") { if (hour < 12) hour += 12; }
            else if ((meridiem.StartsWith('a') || meridiem == "오전" || meridiem == "午前") && hour == 12) hour = 0;
            return hour < 24 && minute < 60 && second < 60;
        }
        m = HourOnly().Match(text);
        if (m.Success)
        {
            hour = Int(m, "h");
            var meridiem = m.Groups["ap"].Value.ToLowerInvariant();
            if (meridiem.StartsWith('p') && hour < 12) hour += 12;
            else if (meridiem.StartsWith('a') && hour == 12) hour = 0;
            return hour < 24;
        }
        m = CjkTime().Match(text);
        if (m.Success)
        {
            hour = Int(m, "h");
            minute = m.Groups["m"].Success ? Int(m, "m") : 0;
            var meridiem = m.Groups["ap"].Value;
            if (meridiem is "오후" or "午後" && hour < 12) hour += 12;
            return hour < 24 && minute < 60;
        }
        return false;
    }

    private static bool IsValidDate(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool Ints(Match m, out int year, out int month, out int day)
    {
        year = Int(m, "y");
        month = Int(m, "mo");
        day = Int(m, "d");
        return true;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST)\b", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex UsZone();

    private const string MonthNames = @"(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)-(?<mo>\d{1,2})-(?<d>\d{1,2})(?!\d)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<y>(?:19|20)\d\d)\s*[년年]\s*(?<mo>\d{1,2})\s*[월月]\s*(?<d>\d{1,2})\s*[일日]", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)\s*[./]\s*(?<mo>\d{1,2})\s*[./]\s*(?<d>\d{1,2})(?!\d)\.?", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex YearFirst();

    // "5 June 2024", "5th of June", "5 de junio de 2024", "14. helmikuuta 2025", "3 Nisan 2025", "14 Agustus 2025"
    private static Regex DayMonthNameYear() => DayMonthNameYearPattern.Value;

    private static readonly Lazy<Regex> DayMonthNameYearPattern = new(() => new Regex(
        @"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th|\.|º)?\s+(?:of\s+|de\s+)?(?<mon>[\p{L}\p{M}][\p{L}\p{M}-]{2,}?)(?![\p{L}\p{M}-])\.?,?\s+(?:de\s+|del\s+)?(?<y>(?:19|20|25)\d\d)(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch));

    [GeneratedRegex(MonthNames + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MonthNameDayYear();

    private const int BuddhistEraFloor = 2400;
    private const int BuddhistEraOffset = 543;

    [GeneratedRegex(@"(?<=[\u0E00-\u0E7F])\.(?=[\u0E00-\u0E7F])|(?<=[\u0E00-\u0E7F]{1,3}\.?[\u0E00-\u0E7F]{1,2})\.(?=\s+\d)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ThaiAbbreviationDots();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)(?:e?ko)?\.?\s+(?:m\.\s+)?(?<mon>[\p{L}\p{M}][\p{L}\p{M}-]{2,})\.?\s+(?<d>\d{1,2})(?!\d)(?:\.|\s*d\.|a\b)?", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex YearMonthNameDay();

    // "21.05.2024", "21/5/24", "21. 5. 2024" (Czech and Slovak put a space after each dot)
    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})(?<sep>[./-])(?: (?=\d))?(?<b>\d{1,2})\k<sep>(?: (?=\d))?(?<y>(?:19|20)\d\d|\d\d)(?!\d)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NumericDayMonthYear();

    private static Regex ClockTime() => ClockTimeWithPrefix.Value;

    private static readonly Lazy<Regex> ClockTimeWithPrefix = new(() => new Regex(
        @"(?<ap>오전|오후|午前|午後)?\s*(?<!\d)(?<h>\d{1,2})(?:[:.h]| h )(?<m>\d{2})(?::(?<s>\d{2}))?(?!\d)(?:\.\d+)?\s*(?<ap>[AaPp]\.?\s?[Mm]\.?(?![A-Za-z]))?" +
        // a part of the day after the time: "8.45 malam", "3:30 de la tarde", "9h du soir", "10h da manhã"
        @"(?:\s*(?<dp>pagi|petang|sore|malam|de\s+la\s+(?:mañana|tarde|noche)|du\s+(?:matin|soir)|de\s+l['’]après-midi|da\s+(?:manhã|tarde|noite))\b)?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch));

    [GeneratedRegex(@"(?<!\d)(?<h>\d{1,2})\s*(?<ap>[AaPp]\.?\s?[Mm]\.?)(?![A-Za-z])", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex HourOnly();

    [GeneratedRegex(@"(?<ap>오전|오후|午前|午後)?\s*(?<h>\d{1,2})\s*[시時]\s*(?:(?<m>\d{1,2})\s*[분分])?", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CjkTime();

    [GeneratedRegex(MonthNames + @"\.?\s+(?<d>\d{1,2})(?!\d)", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MonthDay();
}
