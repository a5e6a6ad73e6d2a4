using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Text;

/// <summary>What a headline looks like, and wire version tags to strip from it ("(LEAD)", "(2nd LD)", "(URGENT)").</summary>
public static partial class HeadlineRules
{
    public static string StripVersionTags(string headline)
    {
        var s = headline;
        string previous;
        do
        {
            previous = s;
            s = LeadingTag().Replace(s, "");
            s = TrailingTag().Replace(s, "");
        } while (s != previous);
        return s.Trim();
    }

    /// <summary>A title-like line: a few words, no terminal period, not too long.</summary>
    public static bool IsTitleLike(string line)
    {
        var s = StripVersionTags(line);
        if (s.Length < 8 || s.Length > 220) return false;
        var words = WordCount(s);
        if (words < 3 || words > 35) return false;
        if (s.EndsWith('.') && !s.EndsWith("...", StringComparison.Ordinal) && !AbbreviationEnd().IsMatch(s)) return false;
        return s.Any(char.IsLetter);
    }

    public static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private const string Tag = @"\((?:LEAD|URGENT|UPDATE|UPDATED|CORRECTED|CORRECTION|REPEAT|RECAST|FLASH|BULLETIN|WRAPUP|WRAP-UP|\d+(?:st|nd|rd|th)\s+LD|LD|ATTN[^)]*|EDS[^)]*|Reopens[^)]*|\d+(?:st|nd|rd|th)\s+LD[^)]*|LEAD[^)]*)\)";

    [GeneratedRegex(@"^\s*" + Tag + @"\s*", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LeadingTag();

    [GeneratedRegex(@"\s*" + Tag + @"\s*$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TrailingTag();

    [GeneratedRegex(@"\b(?:Inc|Corp|Co|Ltd|Jr|Sr|U\.S|U\.K|S|N)\.$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex AbbreviationEnd();
}
