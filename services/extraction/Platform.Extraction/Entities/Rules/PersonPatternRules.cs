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
        for (var i = 0; i < doc.Count; i++)
        {
            if (IsEastAsianName(doc, i, out var end))
            {
                output.Add(new NameCandidate { First = i, End = end, Kind = EntityKind.Person, Evidence = "rule:east-asian-name", Confidence = 0.9f, Priority = 5 });
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
            if (end > i && doc.Is(end, TokenFlags.NameParticle))
            {
                var j = end;
                while (j < doc.Count && doc.Is(j, TokenFlags.NameParticle) && j - end < 3) j++;
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
