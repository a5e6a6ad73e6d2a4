using System.Text.RegularExpressions;
using Platform.Ingest.Decoding.Text;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Html;

/// <summary>
/// Blog and CMS meta lines that join a date and a byline with "by" ("Posted on November 5, 2025 by Ana Ruiz") become
/// two lines, so the date and byline rules can read each.
/// </summary>
internal static partial class HtmlMetaLines
{
    public static List<string> Split(List<string> lines)
    {
        var result = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            var m = line.Length <= 160 ? DateThenBy().Match(line.Trim()) : Match.Empty;
            if (m.Success && DateLineRecognizer.TryRead(m.Groups["date"].Value) is not null
                && BylineParser.TryParse("By " + m.Groups["name"].Value) is not null)
            {
                result.Add(m.Groups["date"].Value.Trim());
                result.Add("By " + m.Groups["name"].Value.Trim());
                continue;
            }
            result.Add(line);
        }
        return result;
    }

    [GeneratedRegex(@"^(?<date>.+?)\s+by\s+(?<name>[^|]+)$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex DateThenBy();
}
