using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Page;

/// <summary>
/// A print page's jump: "— continued on page 8", the next page's running head and slug ("Jasmine ..."), "continued from
/// page 7". The lines from the first marker to the second are the layout's, not the story's; the story runs on across
/// them, so they are taken out before the article's block is looked for.
/// </summary>
public static partial class PageJumps
{
    public const string Reason = "page-jump";
    private const int MaxJumpLines = 8;

    public static IReadOnlyList<string> Join(IReadOnlyList<string> lines, ArticleDraft draft)
    {
        List<string>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!ContinuedOn().IsMatch(lines[i])) continue;
            var end = -1;
            for (var j = i + 1; j < Math.Min(lines.Count, i + MaxJumpLines); j++)
                if (ContinuedFrom().IsMatch(lines[j])) { end = j; break; }
            if (end < 0) continue;
            result ??= [.. lines];
            var offset = lines.Count - result.Count;
            for (var k = i; k <= end; k++) draft.Remove(lines[k], Reason);
            result.RemoveRange(i - offset, end - i + 1);
            i = end;
        }
        return result ?? lines;
    }

    [GeneratedRegex(@"\b(?:continued|continues|cont(?:'d|inued)?\.?)\s+on\s+(?:page|p\.?)\s*[A-Z]?\d+\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ContinuedOn();

    [GeneratedRegex(@"\b(?:continued|cont(?:'d)?\.?)\s+from\s+(?:page|p\.?)\s*[A-Z]?\d+\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ContinuedFrom();
}
