using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Dates;

/// <summary>
/// Periods named by reference to the quarter or half-year a company report is about: "the quarter" is the last quarter
/// named before it, "the year-earlier period" (or "quarter", "the same period a year earlier") is that period a year
/// back, "the same period of 2024" that period in 2024. The referent is the latest quarter or half value (EDTF 33-36,
/// 40-41) before the expression; without one nothing is reported. An expression found here replaces the shorter
/// dates inside it ("a year earlier").
/// </summary>
internal static partial class ReferencedPeriods
{
    public static void Add(string body, List<ExtractedDate> dates)
    {
        var added = false;
        foreach (Match m in Reference().Matches(body))
        {
            var end = m.Index + m.Length;
            ExtractedDate? referent = null;
            if (m.Groups["prior"].Success)
            {
                // "a year earlier" after a quarter, a month or a week: that period a year back (after a day, the offset rule counts)
                foreach (var d in dates)
                    if (d.End <= m.Index && m.Index - d.End < 300 && d.Resolved is not null && (referent is null || d.End > referent.End)) referent = d;
                if (referent is null || !IsCoarserThanDay(referent.Resolved)) continue;
            }
            else
            {
                // the report's own period is the latest one named ("first-quarter profit rose, against the first quarter of 2024")
                // "the quarter" refers to a quarter, "the year-earlier half" to a half; "the period" to either
                var months = m.Value.Contains("quarter", StringComparison.OrdinalIgnoreCase) ? 3 : m.Value.Contains("half", StringComparison.OrdinalIgnoreCase) ? 6 : 0;
                foreach (var d in dates)
                    if (d.End <= m.Index && IsReportingPeriod(d.Resolved) && (months == 0 || MonthsOf(d.Resolved!) == months)
                        && (referent is null || string.CompareOrdinal(StartOf(d.Resolved!), StartOf(referent.Resolved!)) > 0)) referent = d;
            }
            if (referent?.Resolved is not { } value) continue;
            // a bare "the quarter" must not be part of a longer expression already found ("the first quarter")
            if (m.Groups["bare"].Success && dates.Any(d => d.Start < end && m.Index < d.End)) continue;
            var year = int.Parse(value.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
            var shift = m.Groups["back"].Success || m.Groups["prior"].Success ? -1 : 0;
            if (m.Groups["y"].Success) shift = int.Parse(m.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) - year;
            dates.RemoveAll(d => d.Start < end && m.Index < d.End);
            dates.Add(new ExtractedDate
            {
                Text = m.Value,
                Start = m.Index,
                End = end,
                Resolved = ShiftYears(value, shift),
                Kind = "relative",
                Anchor = $"{value} (preceding period \"{referent.Text}\")",
                Evidence = "rule:referenced-period",
            });
            added = true;
        }
        if (added) dates.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Moves every year in an EDTF value ("2024-33", "2024-08/2024-10", "2024-W49", "2024-03") by <paramref name="years"/>.</summary>
    private static string ShiftYears(string value, int years)
    {
        if (years == 0) return value;
        return string.Join('/', value.Split('/').Select(part =>
            (int.Parse(part.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture) + years).ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + part[4..]));
    }

    /// <summary>How many months a reporting period spans.</summary>
    private static int MonthsOf(string v) => v.Length == 7
        ? (v[5..] is "40" or "41" ? 6 : 3)
        : (int.Parse(v.AsSpan(8, 4), System.Globalization.CultureInfo.InvariantCulture) * 12 + int.Parse(v.AsSpan(13, 2), System.Globalization.CultureInfo.InvariantCulture))
          - (int.Parse(v.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture) * 12 + int.Parse(v.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture)) + 1;

    /// <summary>A reporting period's first month as "yyyy-MM", so quarters, halves and spans compare by when they start.</summary>
    private static string StartOf(string v) => v.Length == 7
        ? v[..5] + (v[5..] switch { "33" or "40" => "01", "34" => "04", "35" or "41" => "07", _ => "10" })
        : v[..7];

    /// <summary>A quarter or half code, or a span of months within a year or two (a fiscal quarter or half).</summary>
    private static bool IsReportingPeriod(string? v) =>
        v is { Length: 7 } && v[4] == '-' && char.IsAsciiDigit(v[0]) && v[5..] is "33" or "34" or "35" or "36" or "40" or "41"
        || v is { Length: 15 } && MonthSpan().IsMatch(v);

    private static bool IsCoarserThanDay(string? v) =>
        IsReportingPeriod(v) || v is { Length: 7 } && char.IsAsciiDigit(v[0]) && v[4] == '-' && (v[5] == 'W' || v[5] is '0' or '1' || v[5] is '2' && v[6] is >= '1' and <= '4');

    [GeneratedRegex(@"^\d{4}-\d\d/\d{4}-\d\d$", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MonthSpan();

    [GeneratedRegex(@"\bthe\s+(?:(?<back>year-earlier|year-ago|prior-year|previous-year)\s+(?:period|quarter|half)|same\s+(?:period|quarter|half)(?:\s+(?:(?:of|in)\s+(?<y>(?:19|20)\d\d)(?!\d)|(?<back>a\s+year\s+(?:earlier|ago|before)|last\s+year))))|(?<bare>\bthe\s+quarter)\b(?!-|\s+(?:of|to|ended|ending)\b)|\b(?<prior>a\s+year\s+(?:earlier|before))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Reference();
}
