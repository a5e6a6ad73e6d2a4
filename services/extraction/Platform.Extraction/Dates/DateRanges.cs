using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Dates;

/// <summary>
/// Two dates that bound one period are one expression: "from 2019 to 2022", "between March and May", "2015-2021",
/// "March 2017 to June 2019" give the EDTF interval "2019/2022", "2024-03/2024-05" (evidence <c>rule:range</c>). The
/// words between must be only "to", "and", "until", "through" or a dash; "and" needs "between" before the first date,
/// "to" and "until" need "from", "between" or nothing but a preposition-free start; a bare dash joins only two years.
/// </summary>
internal static partial class DateRanges
{
    public static IReadOnlyList<ExtractedDate> Join(string body, List<ExtractedDate> dates)
    {
        if (dates.Count < 2) return dates;
        var result = new List<ExtractedDate>(dates.Count);
        for (var i = 0; i < dates.Count; i++)
        {
            var first = dates[i];
            if (i + 1 < dates.Count && TryJoin(body, first, dates[i + 1]) is { } range)
            {
                result.Add(range);
                i++;
                continue;
            }
            result.Add(first);
        }
        return result;
    }

    private static ExtractedDate? TryJoin(string body, ExtractedDate first, ExtractedDate second)
    {
        if (second.Start < first.End || second.Start - first.End > 12 || first.Resolved is null || second.Resolved is null) return null;
        var between = body[first.End..second.Start];
        var link = Link().Match(between);
        if (!link.Success) return null;
        var word = link.Groups["w"].Value.ToLowerInvariant();
        var opener = Opener().Match(body[..first.Start]);
        var openWord = opener.Success ? opener.Groups["o"].Value.ToLowerInvariant() : "";
        var joins = word switch
        {
            "and" => openWord == "between",
            "-" or "–" or "—" => openWord.Length > 0 || (IsYear(first.Resolved) && IsYear(second.Resolved)),
            _ => openWord is "from" or "between" || Granularity(first.Resolved) == Granularity(second.Resolved),
        };
        if (!joins) return null;
        if (Granularity(first.Resolved) != Granularity(second.Resolved)) return null;
        var from = first.Resolved;
        var to = second.Resolved;
        // "between March and May": two months placed one by one may land in different years; the period is placed as one,
        // in the year its end was placed in (which the sentence's tense decided).
        if (first.Kind == "relative" && Granularity(from) == 2 && from[..4] != to[..4] && string.CompareOrdinal(from[5..], to[5..]) <= 0)
            from = to[..4] + from[4..];
        if (string.CompareOrdinal(from, to) > 0) return null;
        var start = opener.Success ? opener.Index : first.Start;
        return new ExtractedDate
        {
            Text = body[start..second.End],
            Start = start,
            End = second.End,
            Resolved = from + "/" + to,
            Kind = first.Kind == "absolute" && second.Kind == "absolute" ? "absolute" : "relative",
            Anchor = first.Anchor ?? second.Anchor,
            Evidence = "rule:range",
        };
    }

    private static bool IsYear(string? value) => value is { Length: 4 } && value.All(char.IsDigit);

    /// <summary>Day, month, year or other: only like with like makes an interval.</summary>
    private static int Granularity(string value) => value.Length switch { 10 => 3, 7 when value[4] == '-' && value[5] is '0' or '1' => 2, 4 => 1, _ => 0 };

    [GeneratedRegex(@"^\s*(?:(?<w>to|and|until|till|through|thru)\s+|(?<w>[-–—])\s*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Link();

    [GeneratedRegex(@"\b(?<o>from|between)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Opener();
}
