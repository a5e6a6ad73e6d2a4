using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Provenance.Detection;

/// <summary>
/// Web proxies and page-translation services: they display a page in another language, they do not translate the
/// article. One recognizer for the banner a proxy prints ("Translated by https://proxy.example/", "Translated by PageRelay
/// — translate.pagerelay.net", "Translated by LingoBridge Web Proxy", a "Rate this translation" widget) and for such a
/// service credited as a byline translator.
/// </summary>
public static class WebTranslationServices
{
    // A web address, a domain, or a name ending in "proxy"/"relay" ("PageRelay Web Proxy", "LingoRelay").
    private const string Service =
        @"\S*(?:https?://|www\.)|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|app|io|ai|example|dev|co)\b|(?:[\p{Lu}][\w-]*\s+){0,3}(?:web\s+)?(?:proxy|relay)\b|\b(?-i:\p{Lu}\p{Ll}+)(?:proxy|relay|Proxy|Relay)\b";

    private static readonly Regex ServiceName = new(@"(?:" + Service + @")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex Banner = new(
        @"^\W*(?:this\s+page\s+(?:was|has\s+been|is)\s+(?:automatically\s+)?)?translated\s+(?:by|with|via)\s+(?:" + Service + @"|[^.]{0,40}[—–-]\s*[\w-]+(?:\.[\w-]+)+)" +
        // the widget's controls beside the credit
        @"|\brate\s+this\s+translation\b|\bshow\s+original\b|\boriginal\s+page\s*:|\bpowered\s+by\s+\w+\s+translat",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>True for a proxy's banner or translation widget.</summary>
    public static bool IsBanner(string sentence) => Banner.IsMatch(sentence);

    /// <summary>True when a credited "translator" is a web address, a domain or a proxy service.</summary>
    public static bool IsServiceName(string name) => ServiceName.IsMatch(name);
}
