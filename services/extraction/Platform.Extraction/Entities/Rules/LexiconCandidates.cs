using Platform.Extraction.Entities.Lexicons;

namespace Platform.Extraction.Entities.Rules;

/// <summary>Gazetteer matches as candidates: countries, cities, regions, well-known organizations, nationalities.</summary>
public static class LexiconCandidates
{
    public static void Collect(DocumentTokens doc, List<NameCandidate> output)
    {
        foreach (var match in doc.LexiconMatches)
        {
            var (kind, evidence, priority, confidence) = match.Entry.Category switch
            {
                LexiconCategory.Country => (EntityKind.Location, "lexicon:country", 2.5f, 0.9f),
                LexiconCategory.City => (EntityKind.Location, "lexicon:city", 2f, 0.85f),
                LexiconCategory.Region => (EntityKind.Location, "lexicon:region", 2f, 0.8f),
                LexiconCategory.Organization => (EntityKind.Organization, "lexicon:organization", 2f, 0.8f),
                _ => (EntityKind.Nationality, "lexicon:nationality", 4f, 0.9f),
            };
            // "inter-Korean", "anti-American": a lower-case prefix makes it an ordinary adjective.
            if (match.First >= 2 && doc.Is(match.First - 1, Tagging.TokenFlags.Hyphen) && doc.Touches(match.First - 1)
                && doc.Is(match.First - 2, Tagging.TokenFlags.Lowercase)) continue;
            output.Add(new NameCandidate
            {
                First = match.First,
                End = match.First + match.Count,
                Kind = kind,
                Evidence = evidence,
                Confidence = confidence,
                Priority = priority,
                LexiconCanonical = match.Entry.Canonical,
            });
        }
    }
}
