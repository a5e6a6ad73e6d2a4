using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Html;

/// <summary>The headline inside a &lt;title&gt;: "Story | Site", "Site :: Story", "Story - Site" lose the site part.</summary>
internal static partial class HtmlTitle
{
    public static string? Headline(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var clean = HtmlText.Collapse(title);
        var parts = Separator().Split(clean).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2) return clean;
        if (siteName is not null)
        {
            var withoutSite = parts.Where(p => !SameName(p, siteName)).ToList();
            if (withoutSite.Count == 1) return withoutSite[0];
        }
        // The headline is the part with the most words; site names and section labels are short.
        return parts.OrderByDescending(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).First();
    }

    private static bool SameName(string part, string siteName)
    {
        static string Key(string s) => Regex.Replace(s.ToLowerInvariant(), @"^the\s+|[^\p{L}\p{N}]", "", RegexOptions.None, RegexMatchTimeout.PerMatch);
        return Key(part) == Key(siteName);
    }

    [GeneratedRegex(@"\s+(?:\||::|-|–|—|·|»|/)\s+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Separator();
}
