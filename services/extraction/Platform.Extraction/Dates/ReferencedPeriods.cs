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
            // the report's own period is the latest one named ("first-quarter profit rose, against the first quarter of 2024")
            foreach (var d in dates)
                if (d.End <= m.Index && IsQuarterOrHalf(d.Resolved) && (referent is null || string.CompareOrdinal(d.Resolved, referent.Resolved) > 0)) referent = d;
            if (referent?.Resolved is not { } value) continue;
            // a bare "the quarter" must not be part of a longer expression already found ("the first quarter")
            if (m.Groups["bare"].Success && dates.Any(d => d.Start < end && m.Index < d.End)) continue;
            var year = int.Parse(value.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
            if (m.Groups["back"].Success) year--;
            if (m.Groups["y"].Success) year = int.Parse(m.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            dates.RemoveAll(d => d.Start < end && m.Index < d.End);
            dates.Add(new ExtractedDate
            {
                Text = m.Value,
                Start = m.Index,
                End = end,
                Resolved = $"{year:0000}{value[4..]}",
                Kind = "relative",
                Anchor = $"{value} (preceding period \"{referent.Text}\")",
                Evidence = "rule:referenced-period",
            });
            added = true;
        }
        if (added) dates.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static bool IsQuarterOrHalf(string? v) =>
        v is { Length: 7 } && v[4] == '-' && char.IsAsciiDigit(v[0]) && v[5..] is "33" or "34" or "35" or "36" or "40" or "41";

    [GeneratedRegex(@"\bthe\s+(?:(?<back>year-earlier|year-ago|prior-year|previous-year)\s+(?:period|quarter|half)|same\s+(?:period|quarter|half)(?:\s+(?:(?:of|in)\s+(?<y>(?:19|20)\d\d)(?!\d)|(?<back>a\s+year\s+(?:earlier|ago|before)|last\s+year))))|(?<bare>\bthe\s+quarter)\b(?!-|\s+(?:of|to|ended|ending)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Reference();
}
