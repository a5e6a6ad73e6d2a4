using System.Text.RegularExpressions;
using Platform.Ingest.Decoding.Text;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Page;

/// <summary>
/// Finds the site's name at the top of a page dump: the first short name-shaped line among the opening lines, before the
/// headline ("The Asaka", "GAUJAS KRASTS", "DER HORIZONT International", "RIONI POST · Русская версия"). Skip links,
/// banners, menus, dates, captions and sentences are passed over; an edition label after a separator or at the end
/// ("· English edition", "International") is not part of the name. A name printed in capitals takes the casing the page
/// uses for it elsewhere ("told Der Horizont"). The weakest evidence of the page's outlet: metadata, bylines, datelines
/// and the copyright line all outrank it.
/// </summary>
public static partial class MastheadFinder
{
    /// <summary>How many of the page's first lines are looked at.</summary>
    public const int OpeningLines = 6;

    public static string? Find(IReadOnlyList<PageLine> lines, int headlineIndex, string pageText)
    {
        var limit = Math.Min(Math.Min(OpeningLines, headlineIndex), lines.Count);
        for (var i = 0; i < limit; i++)
        {
            var line = lines[i];
            if (line.Kind is not (LineKind.Content or LineKind.Boilerplate) || line.IsCaption || line.IsListItem || line.IsProse
                || line.IsTeaser || line.IsRelativeTime || line.HoldsDate)
                continue;
            var name = NameOf(line.Text);
            if (name is null || LanguageSwitch(name)) continue;
            // A single word ("World", "Business", "Fanos") is a section label unless the page names it again.
            if (!name.Contains(' ') && !Recurs(name, i, lines, pageText)) continue;
            return CasingFromPage(name, pageText);
        }
        return null;
    }

    /// <summary>The name a masthead line carries, or null when the line is not shaped like a name.</summary>
    public static string? NameOf(string text)
    {
        // "☰  NAKHON POST  🔍": menu and search icons around the name
        var parts = Separator().Split(IconEdges().Replace(text, "").Trim());
        if (parts.Length > 2) return null;
        var name = EditionLabel().Replace(parts[0].Trim(), "").Trim();
        if (name.Length < 3 || name.Length > 40 || Chrome().IsMatch(name)) return null;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5 || (words.Length > 3 && !words.Any(w => Connector().IsMatch(w)))) return null;
        // Every word a capitalised or caseless-script word, a connector, or an initialism; no sentence punctuation.
        if (!words.All(w => NameWord().IsMatch(w) || Connector().IsMatch(w))) return null;
        if (Connector().IsMatch(words[0]) && !LeadingArticle().IsMatch(words[0])) return null;
        if (words.Length == 1 && name.Count(char.IsLetter) < 4) return null;
        return name;
    }

    /// <summary>
    /// A site's name comes back elsewhere on its page (the copyright line, the body, a web or e-mail address); a menu
    /// entry, a button or a section label seldom does outside the menus.
    /// </summary>
    private static bool Recurs(string name, int index, IReadOnlyList<PageLine> lines, string pageText)
    {
        var mention = new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(name) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch);
        if (lines.Any(l => l.Index != index && !l.IsMenu && mention.IsMatch(l.Text))) return true;
        // "Moana News" and "moananews.co.nz"
        var folded = new string(name.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        return folded.Length >= 5 && Regex.IsMatch(pageText, @"(?:[\w-]+\.)*" + Regex.Escape(folded) + @"[\w-]*\.[a-z]{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch);
    }

    /// <summary>"LV EN RU", "English", "Tiếng Việt": language names and codes offer editions; they name no site.</summary>
    private static bool LanguageSwitch(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.Length <= 3 && w.All(c => !char.IsLower(c)))
        || LanguageNames.Contains(name);

    private static readonly HashSet<string> LanguageNames = System.Globalization.CultureInfo.GetCultures(System.Globalization.CultureTypes.NeutralCultures)
        .SelectMany(c => new[] { c.EnglishName, c.NativeName }).Where(n => !string.IsNullOrEmpty(n))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"DER HORIZONT" becomes "Der Horizont" when the page writes it so elsewhere.</summary>
    private static string CasingFromPage(string name, string pageText)
    {
        if (name.Any(char.IsLower) || !name.Any(char.IsUpper)) return name;
        foreach (Match m in Regex.Matches(pageText, @"(?<![\p{L}\p{N}])" + Regex.Escape(name) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch))
            if (m.Value.Any(char.IsLower) && char.IsUpper(m.Value[0])) return m.Value;
        return name;
    }

    [GeneratedRegex(@"^[^\p{L}\p{N}""“'‘(]+|[^\p{L}\p{N}""”'’).]+$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex IconEdges();

    [GeneratedRegex(@"\s+[|·•–—]\s+|\s+-\s+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Separator();

    // "International", "English edition", "Online", "in English" after the name
    [GeneratedRegex(@"(?:\s+(?:in\s+)?(?:English|International|Online|Digital|Global)(?:\s+(?:edition|version|service|digest))?|\s+(?:edition|version))+$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex EditionLabel();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}\p{M}'’.&-]*|\p{Lu}{2,}[\p{L}'’.&-]*|[\p{Lo}\p{M}]+|[\p{L}]*\p{Lu}[\p{L}]*\.(?:com|net|org|\p{Ll}{2,3}))$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NameWord();

    // Articles a name may begin with ("The Asaka", "Der Horizont", "La Veu", "O Globo")
    [GeneratedRegex(@"^(?:the|la|le|les|el|il|lo|al|der|die|das|de|het|o|a|os|as)$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"^(?:of|the|de|del|della|di|da|do|dos|das|der|die|das|den|des|du|la|le|les|el|al|y|e|i|et|und|van|von|het|na|ya|wa|&|l['’]\p{L}+|d['’]\p{L}+|al-\p{L}+)$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Connector();

    // Lines of page furniture shaped like names ("Skip To Content", "Sign In", "Most Read").
    [GeneratedRegex(@"^(?:skip|jump|go)\s+to\b|\b(?:home|menu|search|sign\s*in|sign\s*up|log\s*in|log\s*out|subscribe|subscription|register|donate|close|newsletter|advertisement|sponsored|cookies?|privacy|share|print|comments?|login|account|main\s+navigation|navigation|breaking\s+news|live|latest|most\s+read|trending|top\s+stories|related|menu|sections?|toggle|back|next|previous|page|photo|video|watch|listen|audio|podcast)\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Chrome();
}
