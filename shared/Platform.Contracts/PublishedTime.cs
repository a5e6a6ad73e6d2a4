using System.Globalization;

namespace Platform.Contracts;

/// <summary>
/// A publication (or modification) time as written and as normalized. Provider-neutral: a UTC instant plus offset minutes.
/// </summary>
public sealed record PublishedTime
{
    /// <summary>The date as written, e.g. "19 Jun. 2025, 14:28".</summary>
    public required string Raw { get; init; }
    /// <summary>The local date and time as written (no offset applied), ISO 8601 without offset, e.g. "2025-06-19T14:28:00"; or "2025-06-19" for a date alone.</summary>
    public required string Local { get; init; }
    /// <summary>True when only a date was given.</summary>
    public bool DateOnly { get; init; }
    /// <summary>The instant in UTC, when the offset is known.</summary>
    public DateTimeOffset? Utc { get; init; }
    /// <summary>The UTC offset in minutes, when known.</summary>
    public int? OffsetMinutes { get; init; }
    /// <summary><c>stated</c> (the text gives the zone), <c>outlet</c> (inferred from the outlet's home time zone), <c>none</c>.</summary>
    public required string OffsetSource { get; init; }
    /// <summary>The IANA time zone used when the offset was inferred or named, e.g. "Asia/Seoul".</summary>
    public string? TimeZone { get; init; }

    /// <summary>
    /// The time as every output writes it: <c>yyyy-MM-ddTHH:mm:sszzz</c> when the offset is known, the local
    /// <c>yyyy-MM-ddTHH:mm:ss</c> when it is not, <c>yyyy-MM-dd</c> for a date alone.
    /// </summary>
    public string ToIso8601()
    {
        if (DateOnly)
        {
            return Local.Length >= 10 ? Local[..10] : Local;
        }
        if (Utc is { } utc && OffsetMinutes is { } offset)
        {
            return utc.ToOffset(TimeSpan.FromMinutes(offset)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        }
        return Local;
    }
}
