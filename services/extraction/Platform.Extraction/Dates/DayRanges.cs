using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Dates;

/// <summary>
/// Days of one month written as a span, where only one of the two days is a date on its own: "January 20-26", "from
/// February 10 to 16", "10–12 September", "between 3 and 5 May" give the EDTF interval "2025-01-20/2025-01-26"
/// (evidence <c>rule:day-range</c>). The second day must come after the first and exist in the month; a score or a
/// percentage ("May 2-1", "March 4-5%") is no span.
/// </summary>
internal static partial class DayRanges
{
    public static IReadOnlyList<ExtractedDate> Extend(string body, IReadOnlyList<ExtractedDate> dates)
    {
        List<ExtractedDate>? result = null;
        for (var i = 0; i < dates.Count; i++)
        {
            var date = dates[i];
            if (date.Resolved is not { Length: 10 } day || !DateOnly.TryParseExact(day, "yyyy-MM-dd", out var first)) continue;
            var widened = AfterMonthDay(body, date, first) ?? BeforeDayMonth(body, date, first);
            if (widened is null) continue;
            result ??= [.. dates];
            result[i] = widened;
        }
        return result ?? dates;
    }

    /// <summary>"January 20-26", "February 10 to 16": the end day after the date.</summary>
    private static ExtractedDate? AfterMonthDay(string body, ExtractedDate date, DateOnly first)
    {
        if (date.End >= body.Length || !char.IsDigit(body[date.End - 1])) return null;
        var tail = EndDayAfter().Match(body, date.End);
        if (!tail.Success || !int.TryParse(tail.Groups["d"].Value, out var endDay)) return null;
        return Span(body, date, first, endDay, tail.Index + tail.Length);
    }

    /// <summary>"20-26 January", "from 10 to 12 September", "between 3 and 5 May": the start day before the date.</summary>
    private static ExtractedDate? BeforeDayMonth(string body, ExtractedDate date, DateOnly last)
    {
        if (date.Start == 0 || !char.IsDigit(body[date.Start])) return null;
        var head = StartDayBefore().Match(body[Math.Max(0, date.Start - 24)..date.Start]);
        if (!head.Success || !int.TryParse(head.Groups["d"].Value, out var startDay) || startDay < 1 || startDay >= last.Day) return null;
        if (head.Groups["and"].Success && !head.Groups["between"].Success) return null;
        var offset = Math.Max(0, date.Start - 24);
        var first = new DateOnly(last.Year, last.Month, startDay);
        return date with
        {
            Text = body[(offset + head.Index)..date.End],
            Start = offset + head.Index,
            Resolved = $"{first:yyyy-MM-dd}/{last:yyyy-MM-dd}",
            Evidence = "rule:day-range",
        };
    }

    private static ExtractedDate? Span(string body, ExtractedDate date, DateOnly first, int endDay, int end)
    {
        if (endDay <= first.Day || endDay > DateTime.DaysInMonth(first.Year, first.Month)) return null;
        var last = new DateOnly(first.Year, first.Month, endDay);
        return date with
        {
            Text = body[date.Start..end],
            End = end,
            Resolved = $"{first:yyyy-MM-dd}/{last:yyyy-MM-dd}",
            Evidence = "rule:day-range",
        };
    }

    // (not a score or a share: "May 2-1", "March 4-5%", "June 3-4.5"; not a time: "January 20-26:30")
    [GeneratedRegex(@"\G\s*(?:[-–—]|\s(?:to|until|till|through)\s)\s*(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|\.\d|:\d|\s*(?:per\s*cent|percent)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex EndDayAfter();

    [GeneratedRegex(@"(?:\b(?<between>between)\s+|\bfrom\s+)?\b(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:[-–—]|\s(?:to|until|till|through)\s|\s(?<and>and)\s)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex StartDayBefore();
}
