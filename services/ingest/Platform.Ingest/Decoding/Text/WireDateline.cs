using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Text;

/// <summary>A wire dateline opening a paragraph: "SEOUL, June 19 (Yonhap) -- text" or "WASHINGTON (AP) — text".</summary>
public sealed partial record WireDateline(string Dateline, string? Agency, string? MonthDayText, string Rest)
{
    public static WireDateline? TryParse(string paragraph)
    {
        var slashed = SlashedAgency().Match(paragraph);
        if (slashed.Success && slashed.Groups["rest"].Value.Trim().Length >= 20)
            return new WireDateline(slashed.Groups["dl"].Value.Trim(), slashed.Groups["agency"].Value,
                slashed.Groups["date"].Value, slashed.Groups["rest"].Value.Trim());

        var m = Pattern().Match(paragraph);
        if (!m.Success) return null;
        var hasAgency = m.Groups["agency"].Success;
        var hasDash = m.Groups["dash"].Success;
        if (!hasDash && !hasAgency) return null;
        var rest = m.Groups["rest"].Value.Trim();
        // The dateline may stand alone on its line ("SEOUL, June 19 (Yonhap) --") with the text on the next.
        if (rest.Length < 20 && !(rest.Length == 0 && hasDash)) return null;
        return new WireDateline(
            m.Groups["dl"].Value.Trim().TrimEnd(',', ' '),
            hasAgency ? m.Groups["agency"].Value.Trim() : null,
            m.Groups["date"].Success ? m.Groups["date"].Value.Trim() : null,
            rest);
    }

    // "MOSCOW, October 12. /TASS/. text"
    [GeneratedRegex(@"^(?<dl>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3},\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\.?\s*/(?<agency>[A-Z][A-Za-z\-]{1,20})/)\.?\s*(?<rest>.+)$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SlashedAgency();

    // PLACE[, Region][, Month Day] (Agency) [--] text, or PLACE[, Region][, Month Day] -- text
    [GeneratedRegex(@"^(?<dl>(?<place>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3})(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)(?<region>[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,2}))?(?:,\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))?(?:\s*\((?<agency>[A-Z][A-Za-z.\- ]{1,30})\)))\s*(?<dash>--|—|–|-(?=\s|$))?\s*(?<rest>.*)$|^(?<dl>(?<place>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3})(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)(?<region>[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,2}))?(?:,\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))?)\s*(?<dash>--|—|–)\s*(?<rest>.*)$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Pattern();
}
