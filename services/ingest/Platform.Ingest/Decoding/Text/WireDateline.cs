using System.Text.RegularExpressions;

namespace Platform.Ingest.Decoding.Text;

/// <summary>A wire dateline opening a paragraph: "SEOUL, June 19 (Yonhap) -- text" or "WASHINGTON (AP) — text".</summary>
public sealed partial record WireDateline(string Dateline, string? Agency, string? MonthDayText, string Rest)
{
    public static WireDateline? TryParse(string paragraph)
    {
        var m = Pattern().Match(paragraph);
        if (!m.Success) return null;
        var hasAgency = m.Groups["agency"].Success;
        var hasDash = m.Groups["dash"].Success;
        if (!hasDash && !hasAgency) return null;
        if (!hasAgency && !hasDash) return null;
        var rest = m.Groups["rest"].Value.Trim();
        if (rest.Length < 20) return null;
        return new WireDateline(
            m.Groups["dl"].Value.Trim().TrimEnd(',', ' '),
            hasAgency ? m.Groups["agency"].Value.Trim() : null,
            m.Groups["date"].Success ? m.Groups["date"].Value.Trim() : null,
            rest);
    }

    // PLACE[, Region][, Month Day] [(Agency)] -- text
    [GeneratedRegex(@"^(?<dl>(?<place>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3})(?:,\s*(?<region>[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,2}))?(?:,\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))?\s*(?:\((?<agency>[A-Z][A-Za-z.\- ]{1,30})\))?)\s*(?<dash>--|—|–|-(?=\s))?\s*(?<rest>.+)$")]
    private static partial Regex Pattern();
}
