using System.Globalization;
using Platform.Contracts;

namespace Platform.Extraction.Dates;

/// <summary>
/// The year a date coarser than a day places the narrative in: "in 2014" and "March 2014" give 2014, so a later "the
/// following year" is 2015. Days are the narrative's reference time themselves; intervals, weeks, seasons and quarters
/// give no single year.
/// </summary>
internal static class NarrativeYear
{
    public static int? Of(ExtractedDate date)
    {
        var v = date.Resolved;
        if (v is null || v.Length is not (4 or 7) || !char.IsAsciiDigit(v[0]) || !int.TryParse(v.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        if (v.Length == 7 && (v[4] != '-' || v[5] is not ('0' or '1'))) return null;
        return year;
    }
}
