using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Time;

/// <summary>
/// A page's statement of the zone all its times are in: "All times are Bangladesh Standard Time (BST, GMT+6).", "All times
/// in GMT", "Times shown are Eastern Time". It dates every time on the page that states no zone of its own.
/// </summary>
public static partial class PageTimeNote
{
    public static StatedZone? Read(string line)
    {
        if (line.Length > 160) return null;
        var m = Statement().Match(line);
        return m.Success ? ZoneNames.Find(m.Groups["zone"].Value, out _) : null;
    }

    [GeneratedRegex(@"^\W*(?:all\s+)?(?:times|dates\s+and\s+times|times\s+and\s+dates)\s+(?:are\s+|shown\s+(?:are\s+)?|given\s+|displayed\s+|listed\s+)?(?:in\s+|as\s+)?(?<zone>.+)$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Statement();
}
