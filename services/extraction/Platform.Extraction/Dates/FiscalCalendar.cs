using Platform.Contracts;
using System.Text.RegularExpressions;

namespace Platform.Extraction.Dates;

/// <summary>
/// The month a company's or government's fiscal year starts in, as the article itself states it: "the fiscal year
/// closes on June 30", "a fiscal year that begins in April", "its April-to-March financial year", "the three months to
/// March 31, its fiscal third quarter", "the year to June 30". Null when the article says nothing: fiscal periods are
/// then read as calendar periods, and no outside table of countries or companies is consulted (the article is the
/// evidence, and its evidence is recorded).
/// </summary>
internal sealed partial record FiscalCalendar(int StartMonth, string Evidence)
{
    public static FiscalCalendar? Of(string body)
    {
        FiscalCalendar? found = null;
        var at = int.MaxValue;
        void Consider(Match m, int startMonth)
        {
            if (m.Success && m.Index < at && startMonth is >= 1 and <= 12)
            {
                at = m.Index;
                found = new FiscalCalendar(startMonth, m.Value);
            }
        }

        var end = YearEnd().Match(body);
        if (end.Success) Consider(end, MonthAfter(Month(end.Groups["mon"].Value)));
        var start = YearStart().Match(body);
        if (start.Success) Consider(start, Month(start.Groups["mon"].Value));
        var span = YearSpan().Match(body);
        if (span.Success && MonthAfter(Month(span.Groups["b"].Value)) == Month(span.Groups["a"].Value)) Consider(span, Month(span.Groups["a"].Value));
        foreach (var pattern in new[] { PeriodEnding(), PeriodThenMonths() })
        {
            var period = pattern.Match(body);
            if (!period.Success) continue;
            var ordinal = Ordinal(period.Groups["ord"].Value);
            var months = period.Groups["unit"].Value.StartsWith('h') || period.Groups["unit"].Value.StartsWith('H') ? 6 : 3;
            var endMonth = Month(period.Groups["mon"].Value);
            if (ordinal > 0) Consider(period, ((endMonth - months * ordinal) % 12 + 12) % 12 + 1);
        }
        return found;
    }

    /// <summary>The fiscal year (named by the calendar year it ends in) that holds a date.</summary>
    public int YearHolding(DateOnly date) => StartMonth == 1 || date.Month < StartMonth ? date.Year : date.Year + 1;

    /// <summary>First month of fiscal year <paramref name="endYear"/> (named by the year it ends in).</summary>
    public DateOnly Start(int endYear) => new(StartMonth == 1 ? endYear : endYear - 1, StartMonth, 1);

    internal static int Month(string name) => Array.IndexOf(MonthAbbreviations, name[..3].ToLowerInvariant()) + 1;

    private static int MonthAfter(int month) => month % 12 + 1;

    internal static int Ordinal(string word) => word.ToLowerInvariant() switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        "fourth" or "4th" or "final" => 4,
        _ => 0,
    };

    private static readonly string[] MonthAbbreviations = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    internal const string MonthPattern = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";

    private const string Subject = @"(?:(?:fiscal|financial)\s+year(?:\s+(?:19|20)\d\d)?|fiscal\s+(?:19|20)\d\d|FY\s*\d\d(?:\d\d)?)";

    [GeneratedRegex(@"\b" + Subject + @",?\s+(?:that\s+|which\s+)?(?:ending|ended|ends|closes|closing|closed|to|runs\s+to|running\s+to|will\s+(?:end|close))\s+(?:on\s+|in\s+)?(?:\d{1,2}\s+)?(?<mon>" + MonthPattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"\b" + Subject + @",?\s+(?:that\s+|which\s+)?(?:begins|began|starts|started|beginning|starting|runs\s+from|running\s+from|opens|opened|from)\s+(?:on\s+|in\s+)?(?:\d{1,2}\s+)?(?<mon>" + MonthPattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex YearStart();

    [GeneratedRegex(@"\b(?<a>" + MonthPattern + @")(?:-to-|\s*[-–/]\s*|\s+to\s+)(?<b>" + MonthPattern + @")\s+(?:fiscal|financial)\s+year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex YearSpan();

    /// <summary>"the three months to March 31, its fiscal third quarter"; "its fiscal second quarter ended December 31".</summary>
    [GeneratedRegex(@"\b(?<n>three|six)\s+months\s+(?:to|ended|ending|through)\s+(?:\d{1,2}\s+)?(?<mon>" + MonthPattern + @")\b[^.;]{0,30}?\b(?:fiscal|financial)\s+(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?<unit>quarter|half)\b|\b(?:fiscal|financial)\s+(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?<unit>quarter|half)\s+(?:to|ended|ending|through)\s+(?:\d{1,2}\s+)?(?<mon>" + MonthPattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex PeriodEnding();

    /// <summary>"the third quarter of fiscal 2025, the three months ended October 31"; "the first half of the 2025 financial year, the six months to December 31".</summary>
    [GeneratedRegex(@"\b(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|-)(?:(?:fiscal|financial)\s+)?(?<unit>quarter|half)\s+of\s+(?:the\s+)?(?:fiscal|financial|FY|(?:19|20)\d\d(?:\s*[/–-]\s*\d\d(?:\d\d)?)?\s+(?:fiscal|financial))[^.;]{0,30}?\b(?:three|six)\s+months\s+(?:to|ended|ending|through)\s+(?:\d{1,2}\s+)?(?<mon>" + MonthPattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex PeriodThenMonths();

}
