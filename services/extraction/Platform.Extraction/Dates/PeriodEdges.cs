using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Dates;

/// <summary>
/// The start or end of a year or month, resolved to the month it names: "the start of the year" gives January of the
/// publication year ("2025-01"), "the end of last year" December of the year before, "the end of the month" the
/// publication month, "the end of 2027" December 2027. A middle of the year is June. Without a publication date (and
/// without a written year) the value is null.
/// </summary>
internal static partial class PeriodEdges
{
    public static IEnumerable<ExtractedDate> Find(string body, PublicationAnchor? anchor)
    {
        foreach (Match m in Edge().Matches(body))
        {
            var edge = m.Groups["edge"].Value.ToLowerInvariant();
            var step = m.Groups["mod"].Value.ToLowerInvariant() switch { "last" or "the previous" => -1, "next" => 1, _ => 0 };
            string? value = null;
            if (m.Groups["y"].Success)
            {
                var month = edge switch { "end" or "close" => 12, "middle" => 6, _ => 1 };
                value = string.Create(CultureInfo.InvariantCulture, $"{m.Groups["y"].Value}-{month:00}");
            }
            else if (anchor is not null)
            {
                if (m.Groups["unit"].Value.Equals("month", StringComparison.OrdinalIgnoreCase))
                    value = anchor.Date.AddMonths(step).ToString("yyyy-MM", CultureInfo.InvariantCulture);
                else
                {
                    var month = edge switch { "end" or "close" => 12, "middle" => 6, _ => 1 };
                    value = string.Create(CultureInfo.InvariantCulture, $"{anchor.Date.Year + step:0000}-{month:00}");
                }
            }
            yield return new ExtractedDate
            {
                Text = m.Value,
                Start = m.Index,
                End = m.Index + m.Length,
                Resolved = value,
                Kind = "relative",
                Anchor = anchor?.Description,
                Evidence = "rule:period-edge",
            };
        }
    }

    [GeneratedRegex(@"\bthe\s+(?<edge>start|beginning|end|close|middle)\s+of\s+(?:(?<mod>the\s+previous|the|this|last|next)\s+(?<unit>year|month)\b|(?<y>(?:19|20)\d\d)(?!\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Edge();
}
