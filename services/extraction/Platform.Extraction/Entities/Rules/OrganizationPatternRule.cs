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
        foreach (var run in runs)
        {
            var (runFirst, end) = run;
            // "Chairman of the Australian Centre ...": a title with "of" is a role, the name follows.
            if (doc.Is(runFirst, TokenFlags.Title) && !doc.Is(runFirst, TokenFlags.OrganizationHead) && doc.IsWord(runFirst + 1, "of"))
            {
                runFirst += doc.IsWord(runFirst + 2, "the") ? 3 : 2;
                if (runFirst >= end) continue;
            }
            var first = SkipLeadingNationality(doc, AfterBareConjunction(doc, AfterHeadlessOf(doc, runFirst, end), end), end);
            while (first < end && doc.Is(first, TokenFlags.Lowercase)) first++; // "and the African Development Bank"
            if (end - first < 2) continue;
            // "Chief Cabinet | Secretary Yuki Saito": a title-led run right before a title is part of a role.
            if (doc.Is(first, TokenFlags.Title) && CapitalizedRuns.IsTitleBeforeName(doc, end)
                && !doc.Is(first, TokenFlags.OrganizationHead)) continue;
            var last = end - 1;
            if (doc.Is(last, TokenFlags.LocationHead) && !HasOrganizationHead(doc, first, last))
            {
                output.Add(Candidate(first, end, EntityKind.Location, "rule:location-head"));
                continue;
            }
            if (doc.Is(last, TokenFlags.OrganizationSuffix) || HasOrganizationHead(doc, first, end))
            {
                output.Add(Candidate(first, end, EntityKind.Organization, "rule:organization-head"));
            }
        }
    }

    /// <summary>"Diplock and Browning and War Office": an "and" not inside an "X of ..." name separates names.</summary>
    private static int AfterBareConjunction(DocumentTokens doc, int first, int end)
    {
        var sawOf = false;
        var start = first;
        for (var k = first; k < end; k++)
        {
            if (doc.IsWord(k, "of") || doc.IsWord(k, "for")) sawOf = true;
            // "Newfoundland and Labrador Court of Appeal": an "and" inside a lexicon name does not separate.
            else if ((doc.IsWord(k, "and") || doc.IsWord(k, "&")) && !sawOf && k > first && doc.Infos[k].LexiconPosition != 2
                && (doc.TaggedTypes[k - 1] == 0 || doc.IsLexiconLocation(k - 1) || doc.Is(k - 1, TokenFlags.OrganizationHead))) start = k + 1;
        }
        return start;
    }

    /// <summary>"Shares of Hoshino Motors": an "of" whose left side has no head is not part of the name.</summary>
    private static int AfterHeadlessOf(DocumentTokens doc, int first, int end)
    {
        for (var k = first + 1; k < end - 1; k++)
        {
            if (!doc.IsWord(k, "of")) continue;
            var headBefore = false;
            for (var j = first; j < k; j++) headBefore |= doc.Is(j, TokenFlags.OrganizationHead) || doc.Is(j, TokenFlags.LocationHead) || doc.Is(j, TokenFlags.Title);
            return headBefore ? first : k + 1;
        }
        return first;
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
        // "Japanese Foreign Ministry", "Russian Security Council": nationality + modifier + head. "Arab League",
        // "Indian Space Research Organisation" keep the adjective as part of the name.
        return k < end - 1 && doc.Is(k, TokenFlags.TitleModifier) ? k : first;
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
