using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Dates;

/// <summary>
/// Reporting periods: fiscal years, fiscal quarters and halves, and "the three months to March 31".
/// <list type="bullet">
/// <item>With a fiscal calendar stated in the article (<see cref="FiscalCalendar"/>), "fiscal 2025", "FY2025" and "the
/// 2025 financial year" name the fiscal year ending in 2025 ("2024-07/2025-06" for a July start), "the 2024/25 fiscal
/// year" the one starting in 2024, "the fiscal year" / "the current fiscal year" the one holding the publication date,
/// and a quarter or half without a calendar year is the fiscal one: its calendar quarter code when it lines up with one
/// ("2025-33"), otherwise its months ("2024-08/2024-10"). Without a stated calendar these are left to the calendar rules.</item>
/// <item>"the three (six, nine, twelve) months to/ended March 31" is the period ending that month, in the latest year
/// that puts its end on or before the publication date unless a year is written or the sentence looks ahead ("will report
/// results for the nine months to December": the coming December).</item>
/// </list>
/// </summary>
internal static partial class FiscalPeriods
{
    public static IEnumerable<ExtractedDate> Find(string body, PublicationAnchor? anchor)
    {
        foreach (Match m in MonthsTo().Matches(body))
        {
            var months = CountOf(m.Groups["n"].Value);
            var endMonth = FiscalCalendar.Month(m.Groups["mon"].Value);
            int endYear;
            if (m.Groups["y"].Success) endYear = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            else if (anchor is null) { yield return Make(m, null, null, "rule:months-to"); continue; }
            // ("will report results for the nine months to December": a period still running ends at the coming month)
            else if (TenseDetector.IsFuture(body, m.Index, m.Index + m.Length)) endYear = endMonth >= anchor.Date.Month ? anchor.Date.Year : anchor.Date.Year + 1;
            else endYear = endMonth <= anchor.Date.Month ? anchor.Date.Year : anchor.Date.Year - 1;
            var first = new DateOnly(endYear, endMonth, 1).AddMonths(1 - months);
            yield return Make(m, Period(first, months), m.Groups["y"].Success ? null : anchor?.Description, "rule:months-to");
        }

        // "the fiscal year ending March 2025", "the year to June 30, 2024": the twelve months ending there
        foreach (Match m in YearEnding().Matches(body))
        {
            var last = new DateOnly(int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), FiscalCalendar.Month(m.Groups["mon"].Value), 1);
            yield return Make(m, Period(last.AddMonths(-11), 12), null, "rule:year-ending");
        }

        // "the fiscal year that begins April 1": the twelve months from there, the coming start unless told in the past
        if (anchor is not null)
        {
            foreach (Match m in YearStarting().Matches(body))
            {
                var month = FiscalCalendar.Month(m.Groups["mon"].Value);
                var startYear = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture)
                    : m.Groups["past"].Success ? (month <= anchor.Date.Month ? anchor.Date.Year : anchor.Date.Year - 1)
                    : (month >= anchor.Date.Month ? anchor.Date.Year : anchor.Date.Year + 1);
                yield return Make(m, Period(new DateOnly(startYear, month, 1), 12), anchor.Description, "rule:year-starting");
            }
        }

        var calendar = FiscalCalendar.Of(body);

        // "the first six months of the year", "the first nine months of 2024", "... of the fiscal year"
        foreach (Match m in FirstMonthsOf().Matches(body))
        {
            var months = CountOf(m.Groups["n"].Value);
            DateOnly? first = null;
            if (m.Groups["y"].Success) first = new DateOnly(int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), 1, 1);
            else if (anchor is not null && m.Groups["fiscal"].Success)
                first = calendar is null ? new DateOnly(anchor.Date.Year, 1, 1) : calendar.Start(calendar.YearHolding(anchor.Date));
            else if (anchor is not null)
                first = new DateOnly(anchor.Date.Year + (m.Groups["rel"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : 0), 1, 1);
            yield return Make(m, first is { } f ? Period(f, months) : null, m.Groups["y"].Success ? null : anchor?.Description, "rule:first-months");
        }

        if (calendar is null || calendar.StartMonth == 1) yield break;
        var basis = $"fiscal year from month {calendar.StartMonth} (\"{calendar.Evidence}\")";

        foreach (Match m in NamedYear().Matches(body))
        {
            var y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            if (y < 100) y += 2000;
            // "2024/25", "2024-2025": named by the year it starts in; "fiscal 2025": by the year it ends in
            var endYear = m.Groups["y2"].Success ? y + 1 : y;
            if (m.Groups["y2"].Success && !FollowsOn(y, m.Groups["y2"].Value)) continue;
            yield return Make(m, Period(calendar.Start(endYear), 12), basis, "rule:fiscal-year");
        }

        if (anchor is not null)
        {
            foreach (Match m in RelativeYear().Matches(body))
            {
                var step = m.Groups["mod"].Value.ToLowerInvariant() switch { "previous" or "last" or "past" or "prior" => -1, "next" or "coming" or "new" => 1, _ => 0 };
                var endYear = calendar.YearHolding(anchor.Date) + step;
                yield return Make(m, Period(calendar.Start(endYear), 12), $"{anchor.Description}; {basis}", "rule:fiscal-year");
            }
        }

        foreach (Match m in QuarterOrHalf().Matches(body))
        {
            var half = m.Groups["unit"].Value.StartsWith('h') || m.Groups["unit"].Value.StartsWith('H');
            var ordinal = FiscalCalendar.Ordinal(m.Groups["ord"].Value);
            if (ordinal == 0 || (half && ordinal > 2)) continue;
            if (half && m.Groups["ord"].Value.Equals("final", StringComparison.OrdinalIgnoreCase)) ordinal = 2;
            var months = half ? 6 : 3;
            var offset = months * (ordinal - 1);
            int endYear;
            if (m.Groups["y"].Success) endYear = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            else if (anchor is null) { yield return Make(m, null, null, "rule:fiscal-period"); continue; }
            else if (m.Groups["cur"].Success) endYear = calendar.YearHolding(anchor.Date);
            else endYear = Place(calendar, anchor.Date, offset, months, TenseDetector.Of(body, m.Index, m.Index + m.Length));
            var first = calendar.Start(endYear).AddMonths(offset);
            yield return Make(m, Period(first, months), anchor is null ? basis : $"{anchor.Description}; {basis}", "rule:fiscal-period");
        }
    }

    /// <summary>The fiscal year of a period without one: the latest begun by the publication date, or in a future-tense sentence the first not yet over.</summary>
    private static int Place(FiscalCalendar calendar, DateOnly publication, int offset, int months, Tense tense)
    {
        var holding = calendar.YearHolding(publication);
        for (var endYear = holding + 1; endYear >= holding - 1; endYear--)
        {
            var first = calendar.Start(endYear).AddMonths(offset);
            if (tense == Tense.Future)
            {
                var previous = calendar.Start(endYear - 1).AddMonths(offset).AddMonths(months);
                if (previous <= publication) return first.AddMonths(months) > publication ? endYear : endYear + 1;
            }
            else if (first <= publication) return endYear;
        }
        return holding;
    }

    /// <summary>A span of months as EDTF: a calendar quarter or half by its code ("2025-33", "2024-41"), else "2024-08/2024-10".</summary>
    internal static string Period(DateOnly first, int months)
    {
        var last = first.AddMonths(months - 1);
        if (months == 3 && first.Month % 3 == 1) return string.Create(CultureInfo.InvariantCulture, $"{first.Year:0000}-{32 + (first.Month + 2) / 3}");
        if (months == 6 && first.Month is 1 or 7) return string.Create(CultureInfo.InvariantCulture, $"{first.Year:0000}-{(first.Month == 1 ? 40 : 41)}");
        if (months == 12 && first.Month == 1) return first.Year.ToString("0000", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{first.Year:0000}-{first.Month:00}/{last.Year:0000}-{last.Month:00}");
    }

    private static bool FollowsOn(int first, string second)
    {
        var s = int.Parse(second, CultureInfo.InvariantCulture);
        return second.Length == 2 ? s == (first + 1) % 100 : s == first + 1;
    }

    private static int CountOf(string word) => word.ToLowerInvariant() switch
    {
        "three" or "3" => 3,
        "six" or "6" => 6,
        "nine" or "9" => 9,
        _ => 12,
    };

    private static ExtractedDate Make(Match m, string? resolved, string? anchor, string evidence) =>
        MatchedDate.From(m, resolved, anchor is null ? "absolute" : "relative", anchor, evidence);

    [GeneratedRegex(@"\bthe\s+first\s+(?<n>three|six|nine|3|6|9)\s+months\s+of\s+(?:(?<y>(?:19|20)\d\d)(?!\d)|(?<rel>this|last|the)\s+year\b|the\s+(?:current\s+)?(?<fiscal>fiscal|financial)\s+year\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex FirstMonthsOf();

    [GeneratedRegex(@"\b(?:the\s+)?(?:(?:fiscal|financial|full|budget)\s+)?year\s+(?:ending|ended|to|through)\s+(?:\d{1,2}\s+)?(?<mon>" + FiscalCalendar.MonthPattern + @")\.?(?:\s+\d{1,2}(?!\d))?,?\s+(?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex YearEnding();

    [GeneratedRegex(@"\b(?:the|a|its|their)\s+(?:new\s+)?(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?(?:(?:begins|starts|will\s+begin|will\s+start)|(?<past>began|started))\s+(?:on\s+|in\s+)?(?:\d{1,2}\s+)?(?<mon>" + FiscalCalendar.MonthPattern + @")\.?(?:\s+\d{1,2}(?!\d))?(?:,?\s+(?<y>(?:19|20)\d\d)(?!\d))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex YearStarting();

    [GeneratedRegex(@"\b(?:the\s+)?(?<n>three|six|nine|twelve|3|6|9|12)\s+months\s+(?:to|ended|ending|through)\s+(?:(?:\d{1,2}\s+)?(?<mon>" + FiscalCalendar.MonthPattern + @")\.?(?:\s+\d{1,2}(?!\d))?)(?:,?\s+(?<y>(?:19|20)\d\d)(?!\d))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MonthsTo();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:fiscal(?:\s+year)?|financial\s+year|FY)\s*['’]?(?<y>(?:19|20)\d\d|\d\d)(?:\s*[/–-]\s*(?<y2>(?:19|20)\d\d|\d\d))?|(?:the\s+)?(?<y>(?:19|20)\d\d)(?:\s*[/–-]\s*(?<y2>(?:19|20)\d\d|\d\d))?\s+(?:fiscal|financial|budget)\s+year)(?![\d/–-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NamedYear();

    [GeneratedRegex(@"\b(?:(?:the|this|its|our|their)\s+(?:(?<mod>current|full|previous|last|next|coming|new|past|prior)\s+)?|(?<mod>last|next|this)\s+)(?:(?:full|whole)\s+)?(?:fiscal|financial)\s+year\b(?!\s*['’]?(?:19|20)?\d\d\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex RelativeYear();

    [GeneratedRegex(@"\b(?:(?:the|its|their)\s+)?(?:(?:fiscal|financial)\s+)?(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:\s+|-)(?:(?:fiscal|financial)\s+)?(?<unit>quarter|half)\b(?:\s+of\s+(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?(?<y>(?:19|20)\d\d)|(?<y>(?:19|20)\d\d)\s+(?:fiscal|financial)\s+year|(?<cur>(?:current\s+|this\s+)?(?:fiscal|financial)\s+year)))?(?!\s+of\s+(?:19|20)\d\d)(?!\s+of\s+(?:this|last|next)\s+year)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex QuarterOrHalf();
}
