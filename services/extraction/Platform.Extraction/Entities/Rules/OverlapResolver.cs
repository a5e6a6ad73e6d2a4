using Platform.Extraction.Entities.Lexicons;
using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Rules;

/// <summary>
/// Chooses non-overlapping mentions: higher priority first, longer first. A lower-priority candidate that
/// overlaps an accepted one at its edge is trimmed to its capitalised remainder ("Japanese Foreign Ministry"
/// -> nationality "Japanese" + organization "Foreign Ministry"). A lexicon location that exactly matches a
/// tagger span relabels it as a location ("Washington said", "Tokyo protested").
/// </summary>
public static class OverlapResolver
{
    public static List<NameCandidate> Resolve(DocumentTokens doc, List<NameCandidate> candidates)
    {
        DropNationalityInsideNames(doc, candidates);
        PreferLongerLexiconNames(doc, candidates);
        RelabelExactLexiconLocations(doc, candidates);

        var ordered = candidates.OrderByDescending(c => c.Priority).ThenByDescending(c => c.Count).ThenBy(c => c.First).ToList();
        var owner = new NameCandidate?[doc.Count];
        var accepted = new List<NameCandidate>();
        foreach (var candidate in ordered)
        {
            var first = candidate.First;
            var end = candidate.End;
            while (first < end && owner[first] is not null) first++;
            while (end > first && owner[end - 1] is not null) end--;
            if (first >= end) continue;
            var blocked = false;
            for (var k = first; k < end; k++) if (owner[k] is not null) { blocked = true; break; }
            if (blocked) continue;
            if (first != candidate.First || end != candidate.End)
            {
                while (first < end && !IsNameEdge(doc, first)) first++;
                while (end > first && !IsNameEdge(doc, end - 1)) end--;
                if (first >= end) continue;
                candidate.First = first;
                candidate.End = end;
                candidate.Confidence *= 0.8f;
            }
            for (var k = first; k < end; k++) owner[k] = candidate;
            accepted.Add(candidate);
        }
        accepted.Sort((a, b) => a.First.CompareTo(b.First));
        MergeAdjacentPersonPieces(doc, accepted);
        return accepted;
    }

    /// <summary>"Abba" + "Kabir Yusuf": two person pieces separated by one space, or by lower-case name particles
    /// ("Arifin" + "bin" + "Matusin"), are one name.</summary>
    private static void MergeAdjacentPersonPieces(DocumentTokens doc, List<NameCandidate> accepted)
    {
        for (var i = accepted.Count - 2; i >= 0; i--)
        {
            var a = accepted[i];
            var b = accepted[i + 1];
            if (a.Kind != EntityKind.Person || b.Kind != EntityKind.Person || doc.SentenceStartsAt(b.First)) continue;
            var particles = a.End;
            while (particles < b.First && particles - a.End < 3 && doc.Is(particles, TokenFlags.NameParticle | TokenFlags.NameSuffix) && doc.Is(particles, TokenFlags.Lowercase)) particles++;
            if (particles != b.First) continue;
            var gap = doc.Tokens[b.First].Start - doc.Tokens[a.End - 1].End;
            var expected = 1;
            for (var k = a.End; k < b.First; k++) expected += doc.Tokens[k].End - doc.Tokens[k].Start + 1;
            if (gap != expected || doc.Text[doc.Tokens[a.End - 1].End] != ' ') continue;
            a.End = b.End;
            a.Confidence = Math.Min(a.Confidence, b.Confidence);
            if (a.Priority < b.Priority) a.Evidence = b.Evidence;
            accepted.RemoveAt(i + 1);
        }
    }

    private static bool IsNameEdge(DocumentTokens doc, int token) =>
        doc.IsCapitalized(token) && !doc.Is(token, TokenFlags.CapitalizedNonName) && !doc.Is(token, TokenFlags.Punctuation);

    /// <summary>The tagger's spans never overlap each other, so each token has at most one: index them by token.</summary>
    private static NameCandidate?[] TaggerSpanByToken(DocumentTokens doc, List<NameCandidate> candidates)
    {
        var byToken = new NameCandidate?[doc.Count];
        foreach (var c in candidates)
            if (c.FromTagger)
                for (var k = c.First; k < c.End; k++) byToken[k] = c;
        return byToken;
    }

    /// <summary>"Korean Air" stays one organization: a nationality at the edge of a longer tagged name is dropped
    /// unless the rest is headed by an organization word ("Japanese Foreign Ministry").</summary>
    private static void DropNationalityInsideNames(DocumentTokens doc, List<NameCandidate> candidates)
    {
        var byToken = TaggerSpanByToken(doc, candidates);
        candidates.RemoveAll(n =>
        {
            if (n.Kind != EntityKind.Nationality || n.FromTagger) return false;
            var t = byToken[n.First];
            return t is not null && t.Kind != EntityKind.Nationality && t.First <= n.First && t.End >= n.End && t.Count > n.Count
                && !RestHasHead(doc, t, n);
        });
    }

    private static bool RestHasHead(DocumentTokens doc, NameCandidate name, NameCandidate nationality)
    {
        for (var k = name.First; k < name.End; k++)
        {
            if (k >= nationality.First && k < nationality.End) continue;
            if (doc.Is(k, TokenFlags.OrganizationHead) || doc.Is(k, TokenFlags.Title)) return true;
        }
        return name.Kind == EntityKind.Person;
    }

    /// <summary>"New South Wales", "White House": a multi-word lexicon name beats tagger pieces inside it.</summary>
    private static void PreferLongerLexiconNames(DocumentTokens doc, List<NameCandidate> candidates)
    {
        var byToken = TaggerSpanByToken(doc, candidates);
        var inside = new HashSet<NameCandidate>();
        foreach (var lexical in candidates)
        {
            if (lexical.FromTagger || lexical.Count < 2 || !lexical.Evidence.StartsWith("lexicon:", StringComparison.Ordinal)) continue;
            var removed = false;
            for (var k = lexical.First; k < lexical.End; k++)
            {
                if (byToken[k] is not { } t || t.First < lexical.First || t.End > lexical.End || t.Count >= lexical.Count) continue;
                removed |= inside.Add(t);
            }
            if (removed) lexical.Priority = 3.5f;
        }
        if (inside.Count > 0) candidates.RemoveAll(inside.Contains);
    }

    private static void RelabelExactLexiconLocations(DocumentTokens doc, List<NameCandidate> candidates)
    {
        var byToken = TaggerSpanByToken(doc, candidates);
        foreach (var lexical in candidates)
        {
            if (lexical.FromTagger || !lexical.Evidence.StartsWith("lexicon:", StringComparison.Ordinal)) continue;
            if (byToken[lexical.First] is not { } tagged || tagged.First != lexical.First || tagged.End != lexical.End) continue;
            tagged.LexiconCanonical ??= lexical.LexiconCanonical;
            if (lexical.Kind == EntityKind.Location && tagged.Kind is EntityKind.Organization or EntityKind.Person)
                tagged.Kind = EntityKind.Location;
            else if (lexical.Kind == EntityKind.Nationality)
                tagged.Kind = EntityKind.Nationality;
            else if (lexical.Kind == EntityKind.Organization && tagged.Kind != EntityKind.Organization)
                tagged.Kind = EntityKind.Organization;
        }
    }
}
