using Platform.Contracts;
using Platform.Extraction.Dates;

namespace Platform.Extraction.Quotes;

/// <summary>
/// The speaker of a quote that has no reporting clause, from the sentences around it, as news is written:
/// <list type="bullet">
/// <item>a paragraph that is only a quote follows the paragraph that introduces its speaker ("Rajesh Pradhan, who has
/// managed the estate since 2011, keeps the old ledgers in a cupboard." then the quote): the person standing as the
/// subject of the last sentence of that paragraph that has one, after any quote in it, or the person a sentence-opening
/// "She" there stands for;</item>
/// <item>a partial quote inside a sentence ("Judge Anele Mokoena found that the firm had "no lawful basis whatsoever" to
/// ...") is the words of the one person that sentence names before it, or of its subject when it names several.</item>
/// </list>
/// Neither found: no speaker (the quote keeps <c>null</c>).
/// </summary>
internal static class IntroducedSpeaker
{
    public static ResolvedSpeaker? FromPreviousParagraph(string body, int paragraphStart, IReadOnlyList<ExtractedEntity> entities)
    {
        var end = paragraphStart;
        while (end > 0 && char.IsWhiteSpace(body[end - 1])) end--;
        if (end == 0) return null;
        var start = body.LastIndexOf('\n', end - 1) + 1;
        // after the last quotation mark of the paragraph: a speaker quoted there is not introduced by it
        var from = start;
        for (var k = end - 1; k >= start; k--)
            if (body[k] is '"' or '”' or '“') { from = k + 1; break; }

        ResolvedSpeaker? best = null;
        var bestAt = -1;
        foreach (var e in entities)
        {
            if (e.Type != "person") continue;
            foreach (var m in e.Mentions)
            {
                if (m.Start < from || m.End > end || m.MentionKind == "pronoun" || m.Start <= bestAt) continue;
                if (!PronounAntecedent.IsSubject(body, m.Start) || PersonShape.LooksLikePlaceOrThing(body, e)) continue;
                best = new ResolvedSpeaker(SpeakerResolver.FullName(body, e, m.Start, entities), e.Id, "rule:introduced-before", 0.6);
                bestAt = m.Start;
            }
        }
        // a later sentence of the paragraph opening with "She"/"He" stands for its own antecedent
        for (var k = Math.Max(from, bestAt + 1); k < end - 3; k++)
        {
            if (!(body[k] is 'S' or 'H') || !(k == start || (k >= 2 && body[k - 1] == ' ' && body[k - 2] is '.' or '!' or '?'))) continue;
            var word = body[k] == 'S' ? "She" : "He";
            if (string.CompareOrdinal(body, k, word + " ", 0, word.Length + 1) != 0) continue;
            var antecedent = PronounAntecedent.Find(body, k, entities, word);
            if (antecedent is { Person: { } person })
                best = new ResolvedSpeaker(SpeakerResolver.FullName(body, person, k, entities), person.Id, "rule:introduced-before", 0.55);
            else if (antecedent is { UntaggedName: { } name })
                best = new ResolvedSpeaker(name, null, "rule:introduced-before", 0.5);
        }
        return best;
    }

    /// <summary>
    /// A paragraph that is only a quote, named by the paragraph after it: "That was the view of programmer Nguyễn Thu
    /// Trang, who chose ...", "Those were the words of X", "So says X". The first person the opening sentence names after
    /// its cue is the speaker.
    /// </summary>
    public static ResolvedSpeaker? FromNextParagraph(string body, int paragraphEnd, IReadOnlyList<ExtractedEntity> entities)
    {
        var start = paragraphEnd;
        while (start < body.Length && char.IsWhiteSpace(body[start])) start++;
        if (start >= body.Length) return null;
        var cue = NextParagraphCue.Match(body, start, Math.Min(body.Length - start, 120));
        if (!cue.Success || cue.Index != start) return null;
        var (_, sentenceEnd) = TextSpans.Sentence(body, start, start);
        ExtractedEntity? chosen = null;
        var at = int.MaxValue;
        foreach (var e in entities)
        {
            if (e.Type != "person" || PersonShape.LooksLikePlaceOrThing(body, e)) continue;
            foreach (var m in e.Mentions)
                if (m.MentionKind != "pronoun" && m.Start >= cue.Index + cue.Length && m.End <= sentenceEnd && m.Start < at) (chosen, at) = (e, m.Start);
        }
        if (chosen is not null) return new ResolvedSpeaker(SpeakerResolver.FullName(body, chosen, at, entities), chosen.Id, "rule:named-after", 0.55);
        return SpeakerResolver.FirstNameBetween(body, cue.Index + cue.Length, sentenceEnd, entities) is { } untagged
            ? new ResolvedSpeaker(untagged, null, "rule:named-after", 0.5) : null;
    }

    // "That was the view of", "Those were the words of", "Such is the verdict of", "So says", "That, at least, is how ... "
    private static readonly System.Text.RegularExpressions.Regex NextParagraphCue = new(
        @"(?:That|This|Such|Those|These)\s+(?:was|is|were|are|has\s+been)\s+(?:at\s+least\s+)?(?:the\s+)?(?:view|verdict|assessment|message|opinion|conclusion|words?|reaction|take|experience|argument|advice|warning|hope|complaint)\s+of\b|So\s+(?:says|said)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled, Platform.Contracts.RegexMatchTimeout.PerMatch);

    public static ResolvedSpeaker? InSentenceBefore(string body, int open, int paragraphStart, IReadOnlyList<ExtractedEntity> entities)
    {
        var (sentenceStart, _) = TextSpans.Sentence(body, open, open);
        sentenceStart = Math.Max(sentenceStart, paragraphStart);
        // a sentence that already quoted someone before this quote may be about them; leave it to the clause rules
        for (var k = sentenceStart; k < open; k++)
            if (body[k] is '"' or '“' or '”') return null;
        ExtractedEntity? only = null;
        var several = false;
        ExtractedEntity? subject = null;
        var subjectAt = -1;
        foreach (var e in entities)
        {
            if (e.Type != "person" || PersonShape.LooksLikePlaceOrThing(body, e)) continue;
            foreach (var m in e.Mentions)
            {
                if (m.Start < sentenceStart || m.End > open || m.MentionKind == "pronoun") continue;
                if (only is not null && only != e) several = true;
                only ??= e;
                if (PronounAntecedent.IsSubject(body, m.Start) && subject is null) { subject = e; subjectAt = m.Start; }
            }
        }
        var chosen = several ? subject : only;
        if (chosen is null) return null;
        var at = subjectAt >= 0 && chosen == subject ? subjectAt : chosen.Mentions.First(m => m.Start >= sentenceStart).Start;
        return new ResolvedSpeaker(SpeakerResolver.FullName(body, chosen, at, entities), chosen.Id, "rule:sentence-person", 0.55);
    }
}
