using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Rules;

/// <summary>
/// In a sports story, a club named after its city is an organization: "Leeds United", "Los Angeles Comets",
/// "FC Porto", and a bare city that beats, draws or plays against someone ("Madrid beat Munich 2-1",
/// "against Lyon", "Lyon's coach"). A sports story has at least two sports words (match, league, coach, scored ...).
/// </summary>
public static class SportsClubRule
{
    public const string Evidence = "rule:sports-club";

    private static readonly SpanWordSet SportsWords = new(StringComparer.OrdinalIgnoreCase,
    [
        "match", "matches", "league", "club", "clubs", "coach", "striker", "midfielder", "goalkeeper", "defender",
        "season", "scored", "goal", "goals", "inning", "innings", "pitcher", "quarterback", "playoff", "playoffs",
        "tournament", "squad", "stadium", "transfer", "penalty", "championship", "title-winning", "fixture", "derby",
        "homer", "touchdown", "semifinal", "semi-final", "quarterfinal", "quarter-final", "relegation", "cup", "teammates"
    ]);

    private static readonly SpanWordSet ClubWordsAfterCity = new(StringComparer.Ordinal,
    [
        "United", "City", "FC", "F.C.", "Athletic", "Rovers", "Wanderers", "Albion", "County", "Town", "Hotspur", "SC", "CF"
    ]);

    private static readonly SpanWordSet ClubWordsBeforeCity = new(StringComparer.Ordinal,
    [ "FC", "AC", "AS", "Real", "Atletico", "Sporting", "Dynamo", "Olympique", "Racing"
    ]);

    private static readonly SpanWordSet ResultVerbs = new(StringComparer.OrdinalIgnoreCase,
    [
        "beat", "beats", "defeated", "defeats", "edged", "thrashed", "routed", "drew", "outscored", "trounced", "eliminated", "knocked"
    ]);

    private static readonly SpanWordSet TeamPossessions = new(StringComparer.OrdinalIgnoreCase,
    [
        "coach", "manager", "captain", "striker", "midfielder", "goalkeeper", "defender", "forward", "fans", "players", "squad", "lineup", "pitcher", "owner"
    ]);

    public static bool IsSportsStory(DocumentTokens doc)
    {
        var hits = 0;
        for (var k = 0; k < doc.Count; k++)
            if (doc.Is(k, TokenFlags.Lowercase) && SportsWords.Contains(doc.Span(k)) && ++hits >= 2) return true;
        return false;
    }

    public static void Collect(DocumentTokens doc, List<NameCandidate> candidates)
    {
        if (!IsSportsStory(doc)) return;
        foreach (var match in doc.LexiconMatches)
        {
            if (match.Entry.Category is not (Lexicons.LexiconCategory.City or Lexicons.LexiconCategory.Region)) continue;
            var first = match.First;
            var end = match.First + match.Count;
            var club = false;
            // "Leeds United", "Los Angeles Comets": capitalised words after the city that are not places or heads.
            var tail = end;
            while (tail < doc.Count && tail - end < 2 && !doc.SentenceStartsAt(tail) && CompanyCueRule.IsNameWord(doc, tail)
                   && doc.Infos[tail].LexiconCategory == 0 && !doc.Is(tail, TokenFlags.OrganizationHead) && !doc.Is(tail, TokenFlags.LocationHead)
                   && !doc.Is(tail, TokenFlags.GivenName) && !doc.Is(tail, TokenFlags.AllCaps))
                tail++;
            if (tail > end) { end = tail; club = true; }
            else if (end < doc.Count && ClubWordsAfterCity.Contains(doc.Span(end)) && !doc.SentenceStartsAt(end)) { end++; club = true; }
            if (first > 0 && ClubWordsBeforeCity.Contains(doc.Span(first - 1)) && !doc.SentenceStartsAt(first)) { first--; club = true; }
            if (!club && !PlaysAsTeam(doc, first, end)) continue;
            candidates.Add(new NameCandidate { First = first, End = end, Kind = EntityKind.Organization, Evidence = Evidence, Confidence = 0.7f, Priority = 5 });
        }
    }

    /// <summary>
    /// After the overlaps: the nickname of a club named "City Nickname" ("Panthers" after "Florida Panthers") is the
    /// club wherever it appears alone, if it is uncovered or a one-word tagger span.
    /// </summary>
    public static void AddNicknames(DocumentTokens doc, List<NameCandidate> accepted)
    {
        List<int>? nicknameTokens = null;
        foreach (var c in accepted)
        {
            if (c.Kind != EntityKind.Organization || c.Count < 2 || !doc.IsLexiconLocation(c.First)) continue;
            var last = c.End - 1;
            if (doc.IsLexiconLocation(last) || !CompanyCueRule.IsNameWord(doc, last) || doc.Is(last, TokenFlags.OrganizationHead)
                || ClubWordsAfterCity.Contains(doc.Span(last))) continue;
            (nicknameTokens ??= []).Add(last);
        }
        if (nicknameTokens is null) return;
        var owner = new NameCandidate?[doc.Count];
        foreach (var c in accepted) for (var k = c.First; k < c.End; k++) owner[k] = c;
        var added = false;
        for (var i = 0; i < doc.Count; i++)
        {
            if (!doc.IsCapitalized(i) || (i > 0 && doc.IsCapitalized(i - 1) && !doc.SentenceStartsAt(i) && !doc.Is(i - 1, TokenFlags.CapitalizedNonName))
                || (i + 1 < doc.Count && doc.IsCapitalized(i + 1) && !doc.Is(i + 1, TokenFlags.Punctuation) && !doc.SentenceStartsAt(i + 1))) continue;
            var matches = false;
            foreach (var t in nicknameTokens) if (t != i && doc.Span(t).SequenceEqual(doc.Span(i))) { matches = true; break; }
            if (!matches) continue;
            if (owner[i] is { } existing)
            {
                if (existing.First != i || existing.End != i + 1 || !existing.FromTagger) continue;
                existing.Kind = EntityKind.Organization;
                existing.Evidence = Evidence;
                continue;
            }
            accepted.Add(new NameCandidate { First = i, End = i + 1, Kind = EntityKind.Organization, Evidence = Evidence, Confidence = 0.7f, Priority = 5 });
            added = true;
        }
        if (added) accepted.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private static bool PlaysAsTeam(DocumentTokens doc, int first, int end)
    {
        if (end < doc.Count && ResultVerbs.Contains(doc.Span(end))) return true;
        if (first > 0 && (ResultVerbs.Contains(doc.Span(first - 1)) || doc.IsWord(first - 1, "against") || doc.IsWord(first - 1, "versus") || doc.IsWord(first - 1, "vs."))) return true;
        if (first > 1 && doc.IsWord(first - 1, "to") && doc.IsWord(first - 2, "lost")) return true;
        if (first > 1 && doc.IsWord(first - 1, "with") && doc.IsWord(first - 2, "drew")) return true;
        return doc.IsWord(end, "'s") && end + 1 < doc.Count && TeamPossessions.Contains(doc.Span(end + 1));
    }
}
