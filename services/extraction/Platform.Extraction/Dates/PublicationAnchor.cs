using System.Globalization;
using Platform.Contracts;

namespace Platform.Extraction.Dates;

/// <summary>The publication's local calendar date, against which relative expressions are resolved.</summary>
internal sealed record PublicationAnchor(DateOnly Date, string Description)
{
    /// <summary>Reads the local wall date from <see cref="PublishedTime.Local"/>; null when absent or unreadable.</summary>
    /// <param name="what">What the time is, for the anchor's description: the publication date, or an update time.</param>
    public static PublicationAnchor? From(PublishedTime? published, string what = "publication date")
    {
        if (published is null || published.Local is not { Length: >= 10 } local) return null;
        if (!DateOnly.TryParseExact(local.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return null;
        var zone = published.TimeZone
            ?? (published.OffsetMinutes is int minutes ? FormatOffset(minutes) : null);
        var description = zone is null
            ? $"{date:yyyy-MM-dd} ({what})"
            : $"{date:yyyy-MM-dd} ({what}, {zone})";
        return new PublicationAnchor(date, description);
    }

    private static string FormatOffset(int minutes)
    {
        var sign = minutes < 0 ? "-" : "+";
        var abs = Math.Abs(minutes);
        return string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{abs / 60:00}:{abs % 60:00}");
    }
}
