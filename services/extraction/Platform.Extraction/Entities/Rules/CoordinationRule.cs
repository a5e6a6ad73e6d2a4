using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Rules;

/// <summary>
/// Items of a list share a type: in "between Bonn and Duisburg" or "Bielefeld, Hamm and Paderborn" a capitalised
/// word next to a lexicon place is a place too; in "shares of Eskom and Transnet" the partner of an organization
/// is an organization. Runs on resolved mentions. An uncovered capitalised run joins the list; a one-word
/// tagger person is retyped only inside a list of three or more or after a place preposition ("in", "between").
/// </summary>
public static class CoordinationRule
{
    public const string Evidence = "rule:coordination";

    private static readonly string[] PlacePrepositions =
        ["in", "between", "from", "to", "near", "across", "through", "around", "outside", "into", "toward", "towards", "at"];

    public static void Apply(DocumentTokens doc, List<NameCandidate> accepted)
    {
        var owner = new NameCandidate?[doc.Count];
        foreach (var c in accepted) for (var k = c.First; k < c.End; k++) owner[k] = c;
        var changed = true;
        for (var pass = 0; changed && pass < 3; pass++)
        {
            changed = false;
            for (var i = 0; i < accepted.Count; i++)
            {
                var typed = accepted[i];
                if (!IsListAnchor(typed)) continue;
                changed |= TryPartner(doc, accepted, owner, typed, after: true);
                changed |= TryPartner(doc, accepted, owner, typed, after: false);
            }
        }
        accepted.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private static bool IsListAnchor(NameCandidate c) =>
        (c.Kind == EntityKind.Location && (c.LexiconCanonical is not null || c.Evidence == Evidence))
        || (c.Kind == EntityKind.Organization && !c.FromTagger);

    private static bool TryPartner(DocumentTokens doc, List<NameCandidate> accepted, NameCandidate?[] owner, NameCandidate typed, bool after)
    {
        // Separator: "," or "and"/"or", or ", and".
        int first, end;
        if (after)
        {
            var s = typed.End;
            if (!IsSeparator(doc, s)) return false;
            if (doc.IsWord(s, ",") && (doc.IsWord(s + 1, "and") || doc.IsWord(s + 1, "or"))) s++;
            first = s + 1;
            if (first >= doc.Count || doc.SentenceStartsAt(first) || !CompanyCueRule.IsNameWord(doc, first)) return false;
            end = CompanyCueRule.RunEnd(doc, first);
        }
        else
        {
            var s = typed.First - 1;
            if (s < 1 || !IsSeparator(doc, s) || doc.SentenceStartsAt(typed.First)) return false;
            if ((doc.IsWord(s, "and") || doc.IsWord(s, "or")) && doc.IsWord(s - 1, ",")) s--;
            end = s;
            if (end < 1 || !CompanyCueRule.IsNameWord(doc, end - 1)) return false;
            first = end - 1;
            while (first > 0 && !doc.SentenceStartsAt(first) && CompanyCueRule.IsNameWord(doc, first - 1)) first--;
        }
        if (end - first > 3 || end > doc.Count || doc.Is(first, TokenFlags.OrganizationSuffix)) return false;
        // "OSLO, Feb 3": a dateline, not a list.
        if (doc.Is(end, TokenFlags.HasDigit)) return false;
        // The partner must close the list item: followed by punctuation, a connector or a lower-case word.
        if (end < doc.Count && doc.IsCapitalized(end) && !doc.Is(end, TokenFlags.Punctuation)) return false;

        if (typed.Kind == EntityKind.Location)
            for (var k = first; k < end; k++) if (doc.Is(k, TokenFlags.OrganizationHead)) return false;
        var existing = owner[first];
        if (existing is null)
        {
            for (var k = first; k < end; k++) if (owner[k] is not null) return false;
            var added = new NameCandidate { First = first, End = end, Kind = typed.Kind, Evidence = Evidence, Confidence = 0.7f, Priority = 5 };
            accepted.Add(added);
            for (var k = first; k < end; k++) owner[k] = added;
            return true;
        }
        if (existing == typed || existing.First != first || existing.End != end || existing.Kind == typed.Kind) return false;
        if (!existing.FromTagger || existing.LexiconCanonical is not null || existing.Kind != EntityKind.Person || existing.Count != 1) return false;
        if (doc.Is(first, TokenFlags.GivenName)) return false;
        if (typed.Kind == EntityKind.Organization)
        {
            // "shares of Lufthansa and Quorvex": only after a known or cue-typed company, never a named person's surname.
            if (!after || IsSurnameOfNamedPerson(doc, accepted, first)) return false;
        }
        else
        {
            var listStart = after ? typed.First : first;
            if (!LongList(doc, owner, typed, existing) && !AfterPlacePreposition(doc, listStart)) return false;
        }
        existing.Kind = typed.Kind;
        existing.Evidence = Evidence;
        return true;
    }

    private static bool IsSurnameOfNamedPerson(DocumentTokens doc, List<NameCandidate> accepted, int token)
    {
        var word = doc.Span(token);
        foreach (var c in accepted)
            if (c.Kind == EntityKind.Person && c.Count >= 2 && doc.Span(c.End - 1).SequenceEqual(word)) return true;
        return false;
    }

    private static bool IsSeparator(DocumentTokens doc, int token) =>
        doc.IsWord(token, ",") || doc.IsWord(token, "and") || doc.IsWord(token, "or");

    /// <summary>Three or more items: another name sits on the far side of the anchor or the partner.</summary>
    private static bool LongList(DocumentTokens doc, NameCandidate?[] owner, NameCandidate typed, NameCandidate partner)
    {
        var left = typed.First < partner.First ? typed : partner;
        var right = typed.First < partner.First ? partner : typed;
        var before = left.First - 1;
        if (doc.IsWord(before, ",") && owner.ElementAtOrDefault(before - 1) is not null) return true;
        var afterToken = right.End;
        if (doc.IsWord(afterToken, ",") && (doc.IsWord(afterToken + 1, "and") || doc.IsWord(afterToken + 1, "or"))) afterToken++;
        return IsSeparator(doc, afterToken) && owner.ElementAtOrDefault(afterToken + 1) is not null;
    }

    private static bool AfterPlacePreposition(DocumentTokens doc, int listStart)
    {
        var p = listStart - 1;
        if (p < 0 || !doc.Is(p, TokenFlags.Lowercase)) return false;
        foreach (var w in PlacePrepositions) if (doc.IsWord(p, w)) return true;
        return false;
    }
}
