using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Time;

/// <summary>
/// The time zone of the region a site serves, from the places its name and its chrome name ("THE DOHA STANDARD",
/// "Barbados   Region   Business", a ticker on "Rajshahi–Dhaka" trains). The zone named most often wins; the first named
/// breaks a tie. Used only to read an abbreviation that several regions share ("AST", "BST", "IST", "CST"); it never
/// supplies an offset by itself.
/// </summary>
public static partial class PageZone
{
    public static string? Guess(IEnumerable<string?> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            foreach (Match m in NameRun().Matches(text))
            {
                // ("Israel's south-central coast": the possessive ending is not part of the place)
                var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w).ToArray();
                // the longest place inside the run: "Kuala Lumpur", then single words
                for (var take = Math.Min(3, words.Length); take >= 1; take--)
                {
                    var found = false;
                    for (var start = 0; start + take <= words.Length; start++)
                    {
                        var place = string.Join(' ', words[start..(start + take)]);
                        if (place.Length < 4) continue;
                        var zone = ZoneNames.ZoneOfPlaceName(Titled(place));
                        if (zone is null) continue;
                        if (!counts.ContainsKey(zone)) order.Add(zone);
                        counts[zone] = counts.GetValueOrDefault(zone) + 1;
                        found = true;
                    }
                    if (found) break;
                }
            }
        }
        if (counts.Count == 0) return null;
        var best = counts.Values.Max();
        return order.First(z => counts[z] == best);
    }

    /// <summary>"DOHA" is looked up as "Doha".</summary>
    private static string Titled(string place) =>
        place.Any(char.IsLower) ? place : string.Join(' ', place.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));

    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NameRun();
}
