using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Html;

/// <summary>
/// The visible headline when meta tags and JSON-LD gave none: the heading that best matches the page title (so a logo
/// in an &lt;h1&gt; loses to the story title in an &lt;h2&gt;), else the first &lt;h1&gt; that is not a logo, else the title without the site name.
/// </summary>
internal static partial class HtmlHeadline
{
    private const double MinimumMatch = 0.5;

    /// <summary>
    /// The page's own spelling of a headline taken from metadata: a visible heading that differs from it only in marks
    /// ("Vava'u" in the meta tags, "Vavaʻu" in the &lt;h1&gt;) is what the reader sees, and wins when it is the fuller one.
    /// </summary>
    public static string VisibleSpelling(IHtmlDocument document, string headline)
    {
        var key = SpellingFold.Key(headline);
        foreach (var heading in document.QuerySelectorAll("h1, h2, [itemprop=headline]").Take(20))
            if (HtmlText.Collapse(heading.TextContent) is { Length: > 0 } text && text != headline && SpellingFold.Key(text) == key)
                return SpellingFold.Fuller(headline, text);
        return headline;
    }

    public static string? Pick(IHtmlDocument document, string? siteName)
    {
        var fromTitle = HtmlTitle.Headline(document.Title, siteName);
        var titleTokens = fromTitle is null ? [] : Tokens(fromTitle);
        var headings = document.QuerySelectorAll("h1, h2, [itemprop=headline], [class*=headline], [class*=title]")
            .Where(e => e.TagName is not ("META" or "TITLE" or "HEAD") && !IsLogo(e, siteName))
            .Take(60)
            .ToList();

        string? best = null;
        var bestMatch = 0.0;
        foreach (var heading in headings)
        {
            var text = HtmlText.Collapse(heading.TextContent);
            if (text.Length is 0 or > 300) continue;
            // The story's own heading wins a tie with a site or section heading.
            var match = Match(Tokens(text), titleTokens) + (heading.TagName == "H1" || heading.GetAttribute("itemprop") == "headline" ? 0.05 : 0);
            if (match > bestMatch)
            {
                best = text;
                bestMatch = match;
            }
        }
        if (best is not null && bestMatch >= MinimumMatch) return best;

        var firstH1 = document.QuerySelectorAll("article h1, h1").FirstOrDefault(h => !IsLogo(h, siteName) && HtmlText.Length(h) > 0);
        return firstH1 is not null ? HtmlText.Collapse(firstH1.TextContent) : fromTitle;
    }

    /// <summary>A site logo or name set as a heading: it names the site, or sits in a logo/brand/masthead block.</summary>
    private static bool IsLogo(IElement heading, string? siteName)
    {
        var text = HtmlText.Collapse(heading.TextContent);
        if (siteName is not null && string.Equals(text, siteName, StringComparison.OrdinalIgnoreCase)) return true;
        for (var e = heading; e is not null && e.TagName is not ("BODY" or "ARTICLE" or "MAIN"); e = e.ParentElement)
            if (LogoMarker().IsMatch(HtmlText.Marker(e))) return true;
        return heading.Children.Length == 1 && heading.Children[0] is { TagName: "A" } link
               && link.GetAttribute("href") is "/" or "./" or "index.html" && HtmlText.Length(link) == text.Length;
    }

    /// <summary>Shared tokens over the longer of the two token lists: 1 when both hold the same words.</summary>
    private static double Match(List<string> a, List<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var common = a.Intersect(b).Count();
        return (double)common / Math.Max(a.Distinct().Count(), b.Distinct().Count());
    }

    private static List<string> Tokens(string text) => Token().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    [GeneratedRegex(@"(?:^|[\s_-])(?:logo|brand|branding|site-title|site-name|masthead)(?:$|[\s_-])", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LogoMarker();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Token();
}
