using System.Globalization;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Time;

/// <summary>
/// Turns a parsed date into a <see cref="PublishedTime"/>: a stated zone wins ("stated"); otherwise the outlet's home
/// zone gives the offset by that zone's rules on that date ("outlet"); otherwise no offset ("none").
/// </summary>
public static class PublishedTimeResolver
{
    /// <param name="pageZone">The zone of the region the page is about; reads an abbreviation several regions share.</param>
    public static PublishedTime Resolve(string raw, ParsedDate date, string? outletTimeZone, string? pageZone = null)
    {
        if (date.Zone is { } stated && pageZone is not null) date = date with { Zone = ZoneNames.Disambiguate(stated, date.Local, pageZone) };
        var local = date.DateOnly
            ? date.Local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.Local.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

        if (date.Zone is { } zone)
        {
            var offset = zone.OffsetMinutes ?? OffsetIn(zone.TimeZone, date.Local);
            if (offset is not null)
            {
                var zoneId = zone.TimeZone;
                // A bare offset or a generic abbreviation: name the outlet's zone when it agrees with the offset.
                if (zoneId is null && outletTimeZone is not null && OffsetIn(outletTimeZone, date.Local) == offset)
                    zoneId = outletTimeZone;
                else if (zoneId is not null && zone.OffsetMinutes is not null && OffsetIn(zoneId, date.Local) != offset
                         && outletTimeZone is not null && OffsetIn(outletTimeZone, date.Local) == offset)
                    zoneId = outletTimeZone;
                return Build(raw, local, date, offset.Value, "stated", zoneId);
            }
        }

        if (outletTimeZone is not null && OffsetIn(outletTimeZone, date.Local) is { } outletOffset)
            return Build(raw, local, date, outletOffset, "outlet", outletTimeZone);

        return new PublishedTime { Raw = raw, Local = local, DateOnly = date.DateOnly, OffsetSource = "none" };
    }

    /// <summary>
    /// The UTC offset in minutes of an IANA zone at a local time (daylight saving applied for that date), or null when
    /// the zone is unknown. Uses the tz database NodaTime ships, so the answer does not depend on the machine's tzdata.
    /// A local time skipped by a spring-forward change takes the offset after it; an ambiguous one the earlier offset.
    /// </summary>
    public static int? OffsetIn(string? ianaZone, DateTime local)
    {
        if (ianaZone is null) return null;
        var zone = NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(ianaZone);
        if (zone is null) return null;
        var mapped = zone.ResolveLocal(NodaTime.LocalDateTime.FromDateTime(local), NodaTime.TimeZones.Resolvers.LenientResolver);
        return (int)(mapped.Offset.Ticks / TimeSpan.TicksPerMinute);
    }

    private static PublishedTime Build(string raw, string local, ParsedDate date, int offset, string source, string? zone) => new()
    {
        Raw = raw,
        Local = local,
        DateOnly = date.DateOnly,
        OffsetMinutes = offset,
        Utc = date.DateOnly ? null : new DateTimeOffset(date.Local, TimeSpan.FromMinutes(offset)).ToUniversalTime(),
        OffsetSource = source,
        TimeZone = zone,
    };
}
