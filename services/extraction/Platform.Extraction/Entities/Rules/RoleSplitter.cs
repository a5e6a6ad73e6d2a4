using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Rules;

/// <summary>
/// Splits titles and roles from person names: "German Finance Minister Lena Vogt" gives the name
/// "Lena Vogt" and the role "German Finance Minister"; honorifics ("Mr.", "Dr.") are dropped from the span.
/// </summary>
public static class RoleSplitter
{
    /// <summary>Removes leading title/honorific words from a person span. Returns false if nothing name-like is left.</summary>
    public static bool TrimPersonSpan(DocumentTokens doc, NameCandidate candidate)
    {
        var cut = -1;
        for (var k = candidate.First; k < candidate.End - 1; k++)
        {
            if ((doc.Is(k, TokenFlags.Title) || doc.Is(k, TokenFlags.Honorific)) && doc.IsCapitalized(k + 1)
                && !doc.Is(k + 1, TokenFlags.Title) && !doc.Is(k + 1, TokenFlags.Hyphen))
                cut = k;
        }
        if (cut >= 0) candidate.First = cut + 1;
        while (candidate.First < candidate.End && (doc.Is(candidate.First, TokenFlags.Honorific) || doc.Is(candidate.First, TokenFlags.Title)))
            candidate.First++;
        // Possessive or trailing title words are not part of the name.
        while (candidate.End > candidate.First && (doc.Is(candidate.End - 1, TokenFlags.Punctuation) && !doc.Span(candidate.End - 1).EndsWith(".")))
            candidate.End--;
        return candidate.End > candidate.First && doc.IsCapitalized(candidate.First);
    }

    /// <summary>A tagged organization or place that contains "Title Name" ("NATO Secretary General Mark Rutte")
    /// becomes the person after the last such title.</summary>
    public static void SplitTitledName(DocumentTokens doc, NameCandidate candidate)
    {
        if (candidate.Kind == EntityKind.Person) return;
        for (var k = candidate.End - 2; k >= candidate.First; k--)
        {
            if (!CapitalizedRuns.IsTitleBeforeName(doc, k)) continue;
            candidate.First = k + 1;
            candidate.Kind = EntityKind.Person;
            return;
        }
    }

    /// <summary>The tagger's type index for persons (<see cref="Tagging.NerTags.Types"/>: "PER" first).</summary>
    private const int PersonType = 0;

    /// <summary>A Turkic patronymic word closing the name belongs to it ("Daniyar Temirbek uulu", "Leyla Mammad qizi").</summary>
    public static void ExtendNameSuffix(DocumentTokens doc, NameCandidate candidate)
    {
        if (candidate.End < doc.Count && doc.Is(candidate.End, TokenFlags.NameSuffix) && doc.Is(candidate.End, TokenFlags.Lowercase)
            && !doc.SentenceStartsAt(candidate.End))
            candidate.End++;
    }

    /// <summary>Joins hyphenated name parts the tagger cut ("Al-Rashid"), names after a particle ("Salim bin Nasser
    /// Al-Rawahi") and a family name written first ("Nguyen Thi Lan").</summary>
    public static void ExtendPersonSpan(DocumentTokens doc, NameCandidate candidate)
    {
        while (candidate.End + 1 < doc.Count && doc.Is(candidate.End, TokenFlags.Hyphen) && doc.Touches(candidate.End - 1)
               && doc.Touches(candidate.End) && doc.IsCapitalized(candidate.End + 1))
            candidate.End += 2;
        while (candidate.First >= 2 && doc.Is(candidate.First - 1, TokenFlags.Hyphen) && doc.Touches(candidate.First - 2)
               && doc.Touches(candidate.First - 1) && doc.IsCapitalized(candidate.First - 2) && !doc.SentenceStartsAt(candidate.First))
            candidate.First -= 2;
        // "Ursula von der Leyen", "Luiz Inacio Lula da Silva": particles followed by a capitalised surname.
        var p = candidate.End;
        while (p < doc.Count && doc.Is(p, TokenFlags.NameParticle | TokenFlags.NameSuffix) && doc.Is(p, TokenFlags.Lowercase) && p - candidate.End < 3) p++;
        if (p > candidate.End && p < doc.Count && doc.IsCapitalized(p) && !doc.Is(p, TokenFlags.CapitalizedNonName) && !doc.SentenceStartsAt(p)
            && (doc.Infos[p].LexiconCategory == 0 || doc.TaggedTypes[p] == PersonType))
        {
            candidate.End = p + 1;
            // "Salim bin Nasser Al-Rawahi": the names after the particle run on while the tagger reads them as the person's
            // (or no lexicon claims them), hyphenated parts included.
            while (candidate.End < doc.Count && candidate.End - p < 4 && !doc.SentenceStartsAt(candidate.End))
            {
                if (doc.Is(candidate.End, TokenFlags.Hyphen) && candidate.End + 1 < doc.Count && doc.Touches(candidate.End - 1)
                    && doc.Touches(candidate.End) && doc.IsCapitalized(candidate.End + 1))
                    candidate.End += 2;
                else if (doc.IsCapitalized(candidate.End) && !doc.Is(candidate.End, TokenFlags.CapitalizedNonName)
                         && (doc.TaggedTypes[candidate.End] == PersonType || doc.Infos[candidate.End].LexiconCategory == 0 && doc.TaggedTypes[candidate.End] == -1))
                    candidate.End++;
                else break;
            }
        }
        ExtendTrailingSurname(doc, candidate);
        var before = candidate.First - 1;
        if (before >= 0 && candidate.Count <= 2 && doc.Is(before, TokenFlags.EastAsianFamilyName) && doc.IsCapitalized(before)
            && !doc.Is(before, TokenFlags.AllCaps) && !doc.SentenceStartsAt(candidate.First) && doc.TaggedTypes[before] is -1 or 0)
            candidate.First = before;
    }

    /// <summary>
    /// A last capitalised word the tagger left off a name of two or more words, when nothing else can claim it: not a
    /// lexicon entry (a title word counts: "Kamran Ilyas Sheikh"), not a known non-name, and the sentence goes on in lower
    /// case or punctuation after it ("Ana Lucía de la Vega Mamani, who ...").
    /// </summary>
    private static void ExtendTrailingSurname(DocumentTokens doc, NameCandidate candidate)
    {
        var k = candidate.End;
        if (candidate.Count < 2 || candidate.Count > 5 || k >= doc.Count || doc.SentenceStartsAt(k)) return;
        if (!doc.IsCapitalized(k) || doc.Is(k, TokenFlags.AllCaps) || doc.Is(k, TokenFlags.CapitalizedNonName) || doc.Is(k, TokenFlags.OrganizationHead)) return;
        // (whatever type the tagger gave the word alone: a place does not follow a name without a preposition)
        if (doc.Infos[k].LexiconCategory != 0 && !doc.Is(k, TokenFlags.Title) && !doc.Is(k, TokenFlags.Honorific)) return;
        if (EndsName(doc, k + 1)) candidate.End = k + 1;
    }

    /// <summary>
    /// What follows shows a name has ended: the end of the text, punctuation, or a lower-case word other than "of" (which
    /// would make the word before it a title: "Chair of the board").
    /// </summary>
    internal static bool EndsName(DocumentTokens doc, int k) =>
        k >= doc.Count || doc.Is(k, TokenFlags.Punctuation) || doc.Is(k, TokenFlags.Lowercase) && !doc.IsWord(k, "of");

    private static bool TitleWithin(DocumentTokens doc, int k)
    {
        for (var j = k; j >= 0 && j > k - 6; j--)
        {
            if (doc.Is(j, TokenFlags.Title) && doc.IsCapitalized(j)) return true;
            if (!(doc.IsCapitalized(j) || doc.IsWord(j, "of") || doc.IsWord(j, "for") || doc.IsWord(j, "and")) || doc.SentenceStartsAt(j)) return false;
        }
        return false;
    }

    /// <summary>The role written just before a person name, e.g. "Bank of Japan Governor", or null.</summary>
    public static string? RoleBefore(DocumentTokens doc, int nameFirst)
    {
        var k = nameFirst - 1;
        while (k >= 0 && doc.Is(k, TokenFlags.Honorific)) k--;
        if (k < 0 || doc.SentenceStartsAt(nameFirst) && k < nameFirst - 1) return null;
        // The word before the name is a title ("Minister"), or ends a capitalised title phrase ("Secretary of State").
        if (!doc.Is(k, TokenFlags.Title) && !(doc.IsCapitalized(k) && TitleWithin(doc, k))) return null;
        var roleEnd = k + 1;
        var roleFirst = k;
        var hasTitle = false;
        while (k >= 0)
        {
            var isTitle = doc.Is(k, TokenFlags.Title);
            var ok = isTitle || doc.Is(k, TokenFlags.TitleModifier)
                || (doc.IsCapitalized(k) && !doc.Is(k, TokenFlags.CapitalizedNonName) && !doc.Is(k, TokenFlags.Punctuation));
            if (!ok && k > 0 && (doc.IsWord(k, "of") || doc.IsWord(k, "for") || doc.IsWord(k, "and")) && doc.IsCapitalized(k - 1)) ok = true;
            if (!ok && doc.Is(k, TokenFlags.Hyphen) && doc.Touches(k) && k > 0 && doc.Touches(k - 1)) ok = true;
            if (!ok) break;
            hasTitle |= isTitle;
            roleFirst = k;
            if (doc.SentenceStartsAt(k)) break;
            k--;
        }
        // A connector cannot start a role.
        while (roleFirst < roleEnd && (doc.IsWord(roleFirst, "of") || doc.IsWord(roleFirst, "and") || doc.IsWord(roleFirst, "for") || doc.Is(roleFirst, TokenFlags.Hyphen)))
            roleFirst++;
        if (!hasTitle || roleFirst >= roleEnd) return null;
        return doc.TextOf(roleFirst, roleEnd);
    }
}
