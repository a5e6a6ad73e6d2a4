using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Rules;

/// <summary>
/// Person names the tagger may cut wrongly: East Asian family-name-first names with hyphenated given names
/// ("Park Min-ji", "Kim Jong-un"), names after honorifics ("Mr. Kim", "Dr. Ada Obi"), and capitalised
/// names after a capitalised title ("President Lee Jae-myung") that the tagger left out.
/// </summary>
public static class PersonPatternRules
{
    public static void Collect(DocumentTokens doc, List<NameCandidate> output)
    {
        var gaelicSurnames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Count; i++)
        {
            if (IsGaelicName(doc, i, gaelicSurnames, out var gaelicEnd))
            {
                output.Add(new NameCandidate { First = i, End = gaelicEnd, Kind = EntityKind.Person, Evidence = "rule:family-name-prefix", Confidence = 0.85f, Priority = 5 });
                i = gaelicEnd - 1;
                continue;
            }
            if (IsEastAsianName(doc, i, out var end))
            {
                output.Add(new NameCandidate { First = i, End = end, Kind = EntityKind.Person, Evidence = "rule:east-asian-name", Confidence = 0.9f, Priority = 5 });
                i = end - 1;
                continue;
            }
            // (a name the tagger read as a person stays as it cut it; one it typed as a place or organisation over the same
            // words is the person the appositive describes: "VILLAPUTZU, Sardinia - Bachisio Fadda, a shepherd's son")
            if (IsNameBeforeRoleAppositive(doc, i, out end) && !output.Any(c => c.FromTagger && c.First < end && i < c.End && c.Kind == EntityKind.Person))
            {
                var overrides = output.Any(c => c.FromTagger && c.First == i && c.End == end);
                output.Add(new NameCandidate { First = i, End = end, Kind = EntityKind.Person, Evidence = "rule:role-appositive", Confidence = 0.7f, Priority = overrides ? 5 : 1 });
                i = end - 1;
                continue;
            }
            if (doc.Is(i, TokenFlags.Honorific) && doc.IsCapitalized(i) && NameAfter(doc, i + 1, out end))
            {
                output.Add(new NameCandidate { First = i + 1, End = end, Kind = EntityKind.Person, Evidence = "rule:honorific", Confidence = 0.85f, Priority = 5 });
                i = end - 1;
                continue;
            }
            if (CapitalizedRuns.IsTitleBeforeName(doc, i) && NameAfter(doc, i + 1, out end))
            {
                var eastAsian = IsEastAsianName(doc, i + 1, out _);
                if (!doc.IsCapitalized(i) && !eastAsian && end - (i + 1) < 2) continue;
                output.Add(new NameCandidate
                {
                    First = i + 1,
                    End = end,
                    Kind = EntityKind.Person,
                    Evidence = eastAsian ? "rule:east-asian-name" : "rule:title",
                    Confidence = eastAsian ? 0.9f : 0.7f,
                    Priority = eastAsian ? 5 : 1,
                });
                i = end - 1;
            }
        }
    }

    private static readonly HashSet<string> AppositiveDeterminers = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "its", "their" };

    /// <summary>
    /// Two to four name words followed by an appositive headed by a role or an agent noun ("Lilit Hovhannisyan, the
    /// prosecutor who ...", "Ana Lobo, 52, a retired teacher"): a person, wherever the sentence starts.
    /// </summary>
    private static bool IsNameBeforeRoleAppositive(DocumentTokens doc, int i, out int end)
    {
        end = i;
        if (i > 0 && doc.IsCapitalized(i - 1) && !doc.SentenceStartsAt(i)) return false;
        if (!IsNameWord(doc, i) || !NameAfter(doc, i, out end) || end - i is < 2 or > 4) return false;
        var k = end;
        if (k >= doc.Count || doc.Span(k) is not ",") return false;
        k++;
        if (k + 1 < doc.Count && doc.Is(k, TokenFlags.HasDigit) && doc.Span(k + 1) is ",") k += 2;
        if (k >= doc.Count || !AppositiveDeterminers.Contains(doc.Span(k).ToString())) return false;
        for (var j = k + 1; j < doc.Count && j <= k + 6; j++)
        {
            // ("a shepherd's son": the possessive ending is part of the phrase)
            if (doc.Is(j, TokenFlags.Punctuation)) { if (doc.Span(j) is "'s" or "’s" or "'" or "’") continue; break; }
            if (doc.Is(j, TokenFlags.Lowercase) && (doc.Is(j, TokenFlags.Title) || IsAgentNoun(doc, j) || Lexicons.EntityLexicons.Default.KinshipNouns.Contains(doc.Span(j)))) return true;
        }
        return false;
    }

    /// <summary>
    /// A lower-case noun that names what a person does by its ending ("climatologist", "botanist", "farmer",
    /// "lecturer", "historian", "engineer", "student"), unless the lexicons make it a place or organisation head ("river",
    /// "center"); a "-ment" word is a thing ("settlement").
    /// </summary>
    private static bool IsAgentNoun(DocumentTokens doc, int token)
    {
        var word = doc.Span(token);
        if (word.Length < 5 || doc.Is(token, TokenFlags.LocationHead) || doc.Is(token, TokenFlags.OrganizationHead)) return false;
        foreach (var ending in AgentEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return !word.EndsWith("ment", StringComparison.Ordinal);
        return false;
    }

    private static readonly string[] AgentEndings = ["ist", "er", "or", "ian", "eer", "ent"];

    /// <summary>
    /// A Gaelic name whose family name opens with a capitalised prefix ("Róisín Ní Dhónaill", "Seán Mac Giolla
    /// Phádraig"): one or two given names, the prefix, then one to three names. The family name alone ("Ní Dhónaill
    /// said") is a person once the article has given it with a given name.
    /// </summary>
    private static bool IsGaelicName(DocumentTokens doc, int i, HashSet<string> knownSurnames, out int end)
    {
        end = i;
        var prefix = i;
        while (prefix < doc.Count && prefix - i < 3 && !doc.Is(prefix, TokenFlags.FamilyNamePrefix) && IsNameWord(doc, prefix)
               && (prefix == i || !doc.SentenceStartsAt(prefix)))
            prefix++;
        if (prefix >= doc.Count || !doc.Is(prefix, TokenFlags.FamilyNamePrefix) || !doc.IsCapitalized(prefix) || doc.Is(prefix, TokenFlags.AllCaps)
            || (prefix > i && doc.SentenceStartsAt(prefix)) || prefix - i > 2)
            return false;
        if (!NameAfter(doc, prefix + 1, out end) || end - (prefix + 1) > 3 || doc.SentenceStartsAt(prefix + 1)) return false;
        var surname = doc.TextOf(prefix, end);
        if (prefix > i) { knownSurnames.Add(surname); return true; }
        return knownSurnames.Contains(surname);
    }

    /// <summary>Family name + Given-name with a hyphen and no spaces: "Lee Jae-sung", "Kim Jong-un".</summary>
    public static bool IsEastAsianName(DocumentTokens doc, int i, out int end)
    {
        end = i;
        if (!doc.IsCapitalized(i) || doc.Is(i, TokenFlags.AllCaps) || doc.Is(i, TokenFlags.CapitalizedNonName) || doc.Infos[i].LexiconCategory != 0) return false;
        var known = doc.Is(i, TokenFlags.EastAsianFamilyName);
        if (!known && (doc.Span(i).Length > 5 || doc.Is(i, TokenFlags.Title) || doc.Is(i, TokenFlags.OrganizationHead))) return false;
        var g = i + 1;
        if (!doc.IsCapitalized(g) || doc.Is(g, TokenFlags.AllCaps) || doc.Touches(i) || doc.SentenceStartsAt(g)) return false;
        if (g + 2 < doc.Count && doc.Is(g + 1, TokenFlags.Hyphen) && doc.Touches(g) && doc.Touches(g + 1)
            && !doc.Is(g + 2, TokenFlags.Punctuation) && !doc.Is(g + 2, TokenFlags.HasDigit) && doc.Span(g + 2).Length <= 5
            && (known || doc.Is(g + 2, TokenFlags.Lowercase)) && doc.Span(g).Length <= 6)
        {
            end = g + 3;
            return true;
        }
        return false;
    }

    /// <summary>One to four capitalised name tokens (with particles and hyphens) starting at i.</summary>
    private static bool NameAfter(DocumentTokens doc, int i, out int end)
    {
        end = i;
        if (IsEastAsianName(doc, i, out end)) return true;
        end = i;
        while (end < doc.Count && end - i < 6)
        {
            if (end > i && doc.SentenceStartsAt(end)) break;
            if (IsNameWord(doc, end)) { end++; continue; }
            // a title word closing a name is a surname ("Kamran Ilyas Sheikh said")
            if (end > i && doc.IsCapitalized(end) && (doc.Is(end, TokenFlags.Title) || doc.Is(end, TokenFlags.Honorific))
                && !doc.Is(end, TokenFlags.AllCaps) && RoleSplitter.EndsName(doc, end + 1)) { end++; break; }
            if (end > i && doc.Is(end, TokenFlags.NameParticle | TokenFlags.NameSuffix))
            {
                var j = end;
                while (j < doc.Count && doc.Is(j, TokenFlags.NameParticle | TokenFlags.NameSuffix) && j - end < 3) j++;
                if (IsNameWord(doc, j)) { end = j + 1; continue; }
                break;
            }
            if (end > i && doc.Is(end, TokenFlags.Hyphen) && doc.Touches(end - 1) && doc.Touches(end) && end + 1 < doc.Count
                && !doc.Is(end + 1, TokenFlags.Punctuation)) { end += 2; continue; }
            break;
        }
        return end > i;
    }

    private static bool IsNameWord(DocumentTokens doc, int token) =>
        doc.IsCapitalized(token) && !doc.Is(token, TokenFlags.Punctuation) && !doc.Is(token, TokenFlags.CapitalizedNonName)
        && !doc.Is(token, TokenFlags.OrganizationHead) && !doc.Is(token, TokenFlags.Title) && !doc.Is(token, TokenFlags.AllCaps)
        && !doc.Is(token, TokenFlags.Honorific)
        && doc.Infos[token].LexiconCategory == 0;
}
