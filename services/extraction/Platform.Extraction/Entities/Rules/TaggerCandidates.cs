using Platform.Extraction.Entities.Lexicons;
using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Rules;

/// <summary>Turns BIO tags into candidates. MISC spans survive only when they are nationalities in the lexicon.</summary>
public static class TaggerCandidates
{
    public static void Collect(DocumentTokens doc, ReadOnlySpan<int> tags, ReadOnlySpan<float> confidence, EntityLexicons lexicons, List<NameCandidate> output)
    {
        var i = 0;
        while (i < tags.Length)
        {
            if (tags[i] == NerTags.O) { i++; continue; }
            var type = NerTags.TypeOf(tags[i]);
            var end = i + 1;
            while (end < tags.Length && NerTags.IsInside(tags[end]) && NerTags.TypeOf(tags[end]) == type && !doc.SentenceStartsAt(end)) end++;
            var sum = 0f;
            for (var k = i; k < end; k++) sum += confidence[k];
            AddSpan(doc, i, end, type, sum / (end - i), lexicons, output);
            i = end;
        }
    }

    private static bool AllHeadsOrStopWords(DocumentTokens doc, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (doc.Is(k, TokenFlags.Punctuation)) continue;
            if (!doc.Is(k, TokenFlags.OrganizationHead) && !doc.Is(k, TokenFlags.LocationHead) && !doc.Is(k, TokenFlags.CapitalizedNonName)) return false;
        }
        return true;
    }

    private static bool IsConnector(DocumentTokens doc, int k) =>
        doc.IsWord(k, "of") || doc.IsWord(k, "and") || doc.IsWord(k, "for") || doc.IsWord(k, "the") || doc.IsWord(k, "on") || doc.IsWord(k, "&");

    private static void AddSpan(DocumentTokens doc, int first, int end, int type, float confidence, EntityLexicons lexicons, List<NameCandidate> output)
    {
        // A lower-case word that is not a particle or connector ends the name ("Madrid beat" -> "Madrid").
        for (var k = first + 1; k < end; k++)
        {
            if (!doc.Is(k, TokenFlags.Lowercase) || doc.Is(k, TokenFlags.NameParticle) || IsConnector(doc, k)) continue;
            end = k;
            break;
        }
        while (end > first + 1 && (IsConnector(doc, end - 1) || doc.Is(end - 1, TokenFlags.NameParticle))) end--;
        // Edge punctuation is never part of a name.
        while (first < end && doc.Is(first, TokenFlags.Punctuation)) first++;
        while (end > first && doc.Is(end - 1, TokenFlags.Punctuation) && !doc.Span(end - 1).EndsWith(".")) end--;
        if (first >= end) return;

        // A person name made only of head words ("Police", "Safety Council") or stop words is a tagging slip.
        if (type == 0 && AllHeadsOrStopWords(doc, first, end)) return;
        // "the North", "the South" are nominal references, resolved by coreference.
        if (end - first == 1 && first > 0 && doc.IsWord(first - 1, "the")
            && (doc.IsWord(first, "North") || doc.IsWord(first, "South") || doc.IsWord(first, "East") || doc.IsWord(first, "West"))) return;
        if (type == 3 && first >= 2 && doc.Is(first - 1, TokenFlags.Hyphen) && doc.Touches(first - 1) && doc.Is(first - 2, TokenFlags.Lowercase)) return;
        EntityKind kind;
        string? canonical = null;
        switch (type)
        {
            case 0: kind = EntityKind.Person; break;
            case 1: kind = EntityKind.Organization; break;
            case 2: kind = EntityKind.Location; break;
            default:
                if (!lexicons.Gazetteer.TryGet(doc.TextOf(first, end), out var entry) || entry!.Category != LexiconCategory.Nationality) return;
                kind = EntityKind.Nationality;
                canonical = entry.Canonical;
                break;
        }
        output.Add(new NameCandidate
        {
            First = first,
            End = end,
            Kind = kind,
            Evidence = "model",
            Confidence = confidence,
            Priority = 3,
            LexiconCanonical = canonical,
            FromTagger = true,
        });
    }
}
