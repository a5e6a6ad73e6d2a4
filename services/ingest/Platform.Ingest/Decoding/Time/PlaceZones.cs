using NodaTime.TimeZones;

namespace Platform.Ingest.Decoding.Time;

/// <summary>
/// Which IANA zone a place name in "(Maputo time)", "hora de Lima" or "Kazakhstan time" means, from the tz database
/// NodaTime ships: every zone's city (the last part of its id, "America/Argentina/Buenos_Aires" gives "Buenos Aires")
/// and every country of zone.tab that has a single zone. Names the database does not hold (demonyms, local spellings,
/// the usual zone of a country that has several) come from <see cref="ZoneNames"/>' own table, which wins.
/// </summary>
public static class PlaceZones
{
    private static readonly Lazy<Dictionary<string, string>> FromDatabase = new(Build);

    public static string? Find(string place, IReadOnlyDictionary<string, string> overrides)
    {
        var name = string.Join(' ', place.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (overrides.TryGetValue(name, out var zone)) return zone;
        return FromDatabase.Value.TryGetValue(LatinFold(name), out zone) ? zone : null;
    }

    /// <summary>True when the tz database names this place (a zone's city or a single-zone country).</summary>
    public static bool IsPlace(string name) => FromDatabase.Value.ContainsKey(LatinFold(name));

    private static Dictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var source = TzdbDateTimeZoneSource.Default;
        foreach (var id in source.GetIds())
        {
            var slash = id.LastIndexOf('/');
            if (slash < 0 || !IsPlaceName(id)) continue;
            var city = id[(slash + 1)..].Replace('_', ' ');
            // A link ("Asia/Calcutta") and its zone ("Asia/Kolkata") both name a place; the canonical id is kept.
            names.TryAdd(city, source.CanonicalIdMap.TryGetValue(id, out var canonical) ? canonical : id);
        }
        foreach (var country in (source.ZoneLocations ?? []).GroupBy(location => location.CountryName))
        {
            if (country.Count() == 1) names.TryAdd(country.Key, country.Single().ZoneId);
        }
        return names;
    }

    /// <summary>
    /// Zone ids whose last part is a place a date line means: not Etc/*, not research stations (Antarctica/Casey, Davis,
    /// Palmer read as surnames), not US county seats (America/Indiana/Knox, America/Kentucky/Monticello), not the two islands
    /// named after holidays ("Christmas time", "Easter time").
    /// </summary>
    private static bool IsPlaceName(string id) =>
        !id.StartsWith("Etc/", StringComparison.Ordinal) && !id.StartsWith("Antarctica/", StringComparison.Ordinal)
        && id.Count(c => c == '/') == 1 || id.StartsWith("America/Argentina/", StringComparison.Ordinal)
        ? id is not ("Indian/Christmas" or "Pacific/Easter")
        : false;

    /// <summary>"São Paulo" and "Bogotá" as the database spells them ("Sao Paulo", "Bogota").</summary>
    private static string LatinFold(string name)
    {
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).Normalize(System.Text.NormalizationForm.FormC);
    }
}
