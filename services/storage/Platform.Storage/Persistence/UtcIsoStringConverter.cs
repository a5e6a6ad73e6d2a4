using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.Storage.Persistence;

/// <summary>
/// Stores an instant as "yyyy-MM-ddTHH:mm:ss.fffffffZ" in UTC: fixed width, so string order is time order, and
/// readable by SQLite's own date functions. Reads back with offset zero.
/// </summary>
internal sealed class UtcIsoStringConverter : ValueConverter<DateTimeOffset, string>
{
    internal const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public UtcIsoStringConverter()
        : base(value => ToProvider(value), text => FromProvider(text))
    {
    }

    internal static string ToProvider(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    internal static DateTimeOffset FromProvider(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
