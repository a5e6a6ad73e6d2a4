using Platform.Extraction.Entities.Lexicons;
using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Rules;

/// <summary>
/// Capitalised runs with an organization head ("Ministry of Unification", "Unification Ministry",
/// "Korea Development Institute", "Acme Corp.") become organizations; runs ending in a place head
/// ("Gyeonggi Province", "Han River") become locations. A leading nationality is left out of the span.
/// </summary>
public static class OrganizationPatternRule
{
    public static void Collect(DocumentTokens doc, List<NameCandidate> output)
    {
        var runs = new List<(int First, int End)>();
        CapitalizedRuns.Find(doc, runs);
        foreach (var (runFirst, end) in runs)
        {
            var first = SkipLeadingNationality(doc, runFirst, end);
            if (end - first < 2) continue;
            var last = end - 1;
            if (doc.Is(last, TokenFlags.LocationHead) && !HasOrganizationHead(doc, first, last))
            {
                output.Add(Candidate(first, end, EntityKind.Location, "rule:location-head"));
                continue;
            }
            if (doc.Is(last, TokenFlags.OrganizationSuffix) || HasOrganizationHead(doc, first, end))
            {
                if (doc.Is(first, TokenFlags.Title) && !doc.Is(first, TokenFlags.OrganizationHead)) continue;
                output.Add(Candidate(first, end, EntityKind.Organization, "rule:organization-head"));
            }
        }
    }

    private static bool HasOrganizationHead(DocumentTokens doc, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!doc.Is(k, TokenFlags.OrganizationHead)) continue;
            // The head must be a real head: first of "X of Y" or last of the run.
            if (k == end - 1 || doc.IsWord(k + 1, "of") || doc.IsWord(k + 1, "for") || doc.Is(k + 1, TokenFlags.OrganizationHead)) return true;
        }
        return false;
    }

    private static int SkipLeadingNationality(DocumentTokens doc, int first, int end)
    {
        if (doc.Infos[first].LexiconCategory != (byte)LexiconCategory.Nationality || doc.Infos[first].LexiconPosition != 1) return first;
        var k = first + 1;
        while (k < end && doc.Infos[k].LexiconCategory == (byte)LexiconCategory.Nationality && doc.Infos[k].LexiconPosition == 2) k++;
        return k;
    }

    private static NameCandidate Candidate(int first, int end, EntityKind kind, string evidence) => new()
    {
        First = first,
        End = end,
        Kind = kind,
        Evidence = evidence,
        Confidence = 0.85f,
        Priority = 5,
    };
}
