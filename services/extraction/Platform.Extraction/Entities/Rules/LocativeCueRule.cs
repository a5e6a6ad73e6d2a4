using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Rules;

/// <summary>
/// Places the tagger mistook for people: "the village of Amizmiz", "the port of Matarani", "the towns of X and Y",
/// and a name with no known given name right after "near", "outside" or "around" ("farmers near Goaso").
/// Runs on resolved mentions; only one-to-three-word tagger person spans without a given name are retyped,
/// and uncovered capitalised words after "the town of" become places.
/// </summary>
public static class LocativeCueRule
{
    public const string Evidence = "rule:place-cue";

    private static readonly SpanWordSet PlaceNouns = new(StringComparer.OrdinalIgnoreCase,
    [
        "village", "villages", "town", "towns", "city", "cities", "port", "ports", "province", "provinces", "region", "regions",
        "district", "districts", "county", "state", "island", "islands", "municipality", "commune", "suburb", "suburbs",
        "neighborhood", "neighbourhood", "capital", "outskirts", "hamlet", "settlement", "oblast", "prefecture"
    ]);

    public static void Apply(DocumentTokens doc, List<NameCandidate> accepted)
    {
        var owner = new NameCandidate?[doc.Count];
        foreach (var c in accepted) for (var k = c.First; k < c.End; k++) owner[k] = c;
        for (var i = 1; i < doc.Count; i++)
        {
            if (!CompanyCueRule.IsNameWord(doc, i) || doc.SentenceStartsAt(i)) continue;
            var placeNoun = doc.IsWord(i - 1, "of") && i >= 2 && doc.Is(i - 2, TokenFlags.Lowercase) && PlaceNouns.Contains(doc.Span(i - 2));
            var near = !placeNoun && (doc.IsWord(i - 1, "near") || doc.IsWord(i - 1, "outside") || doc.IsWord(i - 1, "around"));
            if (!placeNoun && !near) continue;
            var end = CompanyCueRule.RunEnd(doc, i);
            if (end - i > 3) continue;
            if (owner[i] is { } existing)
            {
                if (existing.First != i || existing.End != end || !existing.FromTagger || existing.Kind != EntityKind.Person) continue;
                if (HasGivenName(doc, i, end)) continue;
                existing.Kind = EntityKind.Location;
                existing.Evidence = Evidence;
            }
            else if (placeNoun)
            {
                var free = true;
                for (var k = i; k < end; k++) free &= owner[k] is null && !doc.Is(k, TokenFlags.OrganizationHead);
                if (!free) continue;
                var added = new NameCandidate { First = i, End = end, Kind = EntityKind.Location, Evidence = Evidence, Confidence = 0.7f, Priority = 5 };
                accepted.Add(added);
                for (var k = i; k < end; k++) owner[k] = added;
            }
        }
        accepted.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private static bool HasGivenName(DocumentTokens doc, int first, int end)
    {
        for (var k = first; k < end; k++) if (doc.Is(k, TokenFlags.GivenName)) return true;
        return false;
    }
}
