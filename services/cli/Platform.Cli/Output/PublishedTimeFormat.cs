using System.Globalization;
using Platform.Contracts;

namespace Platform.Cli.Output;

/// <summary>
/// The JSON contract's <c>published</c>: <c>yyyy-MM-ddTHH:mm:sszzz</c> when the offset is known, <c>yyyy-MM-ddTHH:mm:ss</c> when
/// it is not, <c>yyyy-MM-dd</c> for a date alone.
/// </summary>
public static class PublishedTimeFormat
{
    public static string? Format(PublishedTime? published)
    {
        if (published is null)
        {
            return null;
        }
        if (published.DateOnly)
        {
            return published.Local.Length >= 10 ? published.Local[..10] : published.Local;
        }
        if (published is { Utc: { } utc, OffsetMinutes: { } offset })
        {
            return utc.ToOffset(TimeSpan.FromMinutes(offset)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        }
        return published.Local;
    }
}
