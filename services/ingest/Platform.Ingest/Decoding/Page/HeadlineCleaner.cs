using System.Text.RegularExpressions;
using Platform.Ingest.Decoding.Text;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Page;

/// <summary>
/// Cleans a headline line: a "Translation:" or kicker prefix ("INSIGHT:", "[EXPLAINER]", "[Auto-translated from Japanese]"),
/// quotation marks around it, a site suffix (" - Site", " | Site") that names the page's site, wire version tags; and splits
/// a subtitle fused to it ("The Quiet Evictions How a district emptied ...": a title-case run followed by a sentence-case run).
/// </summary>
public static partial class HeadlineCleaner
{
    public static string Clean(string line, IReadOnlySet<string> siteNames)
    {
        var s = HeadlineRules.StripVersionTags(line.Trim());
        s = ItemNumber().Replace(s, "");
        s = SectionLabel().Replace(s, "");
        s = Prefix().Replace(s, "").Trim();
        if (FromKicker(s) is { } source && siteNames.Contains(PageLine.Normalize(source))) s = s[(s.IndexOf(':') + 1)..].Trim();
        var suffix = SiteSuffix().Match(s);
        if (suffix.Success && (siteNames.Contains(PageLine.Normalize(suffix.Groups["site"].Value)) || SiteWordSuffix().IsMatch(suffix.Groups["site"].Value)))
            s = s[..suffix.Index].Trim();
        if (s.Length > 2 && s[0] is '"' or '“' or '\'' or '‘' && s[^1] is '"' or '”' or '\'' or '’' && s.Count(c => c is '"' or '“' or '”') <= 2)
            s = s[1..^1].Trim();
        return SplitFusedSubtitle(SplitCamelJunction(s));
    }

    /// <summary>The outlet of a "From &lt;Outlet&gt;: &lt;title&gt;" kicker, or null.</summary>
    public static string? FromKicker(string line)
    {
        var m = FromOutlet().Match(line.Trim());
        return m.Success ? m.Groups["name"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^From\s+(?<name>\p{Lu}[^:]{2,50}?)\s*:\s+(?=(?:\S+\s+){3}\S)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex FromOutlet();

    /// <summary>"... fight to stay openOwners say gas bills have doubled": a subtitle glued without a space is cut off.</summary>
    public static string SplitCamelJunction(string s)
    {
        var m = CamelJunction().Match(s);
        if (!m.Success) return s;
        var head = s[..(m.Index + m.Length - 1)].Trim();
        return HeadlineRules.WordCount(head) >= 4 ? head : s;
    }

    [GeneratedRegex(@"(?<=\s\p{Ll}{3,})\p{Ll}\p{Lu}(?=\p{Ll}+\s)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CamelJunction();

    // "ENVIRONMENT | Irbid olive mills ...", "WORLD: ...": a section label in capitals before the title.
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}&' -]{2,24}\s*[|:/›»]\s+(?=\p{Lu})", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SectionLabel();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+(?=\S)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ItemNumber();

    /// <summary>The headline kicker the line opens with, without its brackets or closing mark ("[Auto-translated from
    /// Japanese] Wajima ..." gives "Auto-translated from Japanese"), or null.</summary>
    public static string? Kicker(string line)
    {
        var m = Prefix().Match(line.Trim());
        return m.Success ? m.Value.Trim().Trim('[', ']', '(', ')', ':', '|', '—', '–', ' ') : null;
    }

    /// <summary>True when the line opens with a headline kicker ("Translation:", "INSIGHT:", "[EXPLAINER]").</summary>
    public static bool HasPrefix(string line) => Prefix().IsMatch(line.Trim());

    /// <summary>"The Quiet Evictions How a Perm district emptied its dormitories": keeps the title-case run.</summary>
    public static string SplitFusedSubtitle(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 9 || s.Contains(':')) return s;
        for (var k = 2; k <= Math.Min(7, words.Length - 6); k++)
        {
            if (!char.IsUpper(words[k][0])) continue;
            var head = words[..k];
            if (!head.All(w => char.IsUpper(w[0]) || MinorWord().IsMatch(w)) || !char.IsUpper(head[^1][0])) continue;
            // A title-case run has at least two capitalised words after its first; "Fishermen on the Hel Peninsula
            // sell ..." is a sentence-case headline with a place name in it.
            if (head.Skip(1).Count(w => char.IsUpper(w[0])) < 2) continue;
            // The subtitle opens with a capital followed by a lower-case word, and runs on in sentence case; or it opens
            // with a closed-class word that Title Case would not capitalise mid-title or that opens a question ("Why",
            // "The", "As"), and a name of one or two words may follow before the lower-case run.
            var plain = char.IsLower(words[k + 1][0]);
            var opener = SentenceOpener().IsMatch(words[k]) && (char.IsLower(words[k + 2][0]) || char.IsLower(words[k + 3][0]));
            if (!plain && !opener) continue;
            var rest = words[(k + 1)..];
            var lower = rest.Count(w => char.IsLower(w[0]));
            if (lower >= rest.Length * 0.6 && rest.Length >= 5) return string.Join(' ', head);
        }
        return s;
    }

    [GeneratedRegex(@"^(?:(?:Translated|Translation)\s+from\s+(?:the\s+)?\p{L}+\s*[—–:|]\s*|(?:Translation|Translated|Traducción|Tradução|Traduction|Traduzione|Übersetzung|Exclusive|Explainer|Analysis|Insight|Opinion|Interview|Feature|Breaking|Update|Watch|Video|Photos?|Podcast|Review|Editorial|Column|Commentary|News)\s*[:|]\s*|\[[A-Z][A-Z ]{2,20}\]\s*|[\[(][^\])]{0,30}?(?:translat|tradu[cz]|übersetz)[^\])]{0,40}[\])]\s*(?=\p{Lu}|\d)|From\s+[\p{L} ]{2,30}\s+(?:English|Russian|Korean|Japanese|Chinese|Spanish|French|German)\s*:\s*|From\s+(?-i:(?:L['’]|Le\s|La\s|Les\s|El\s|Al-|The\s|De\s|Der\s|Die\s|Het\s)\p{Lu}[\p{L}'’ .-]{2,40}?)\s*:\s+(?=(?:\S+\s+){3}))", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s+[|\-–—]\s+(?<site>[\p{L}\d][\p{L}\d .&'’]{1,40})$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"\b(?:News|Daily|Times|Herald|Post|Journal|Gazette|Tribune|Review|Report|Weekly|Ledger|Wire|Press|Media|Online|Chronicle|Observer|Monitor|Courier|Telegraph|Express|Mail|Star|Sun|Record|Standard|Independent|Guardian|Today|Digest|Brief|English|Edition)\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SiteWordSuffix();

    [GeneratedRegex(@"^(?:How|Why|What|When|Where|Who|Whose|Which|The|A|An|As|After|Before|In|On|At|For|With|From|Amid|While|Once|It|Its|This|These|Those|Some|Many)$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SentenceOpener();

    [GeneratedRegex(@"^(?:a|an|the|of|in|on|for|and|to|at|by|with|from|as|or|vs\.?)$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MinorWord();
}
