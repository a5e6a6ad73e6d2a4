namespace Platform.Extraction.Dates;

/// <summary>
/// Decides whether a bare weekday or month refers forward: the tense marker nearest to the expression within its
/// clause (<see cref="ClauseSpans"/>: "will hold its meeting on June 27 and said..." is future whatever "said" says;
/// a fronted "In March, prices rose" reads the clause after it) and 90 characters wins. Future markers: "will", "shall", "'ll", "would", "is/was scheduled (set, slated,
/// due, expected, likely) to", "plans to", "upcoming". Past markers: "said", "was", "had", irregular past forms and
/// "-ed" verbs, except passives after "is/are/be" ("is held" says nothing about time). No marker but a deadline
/// preposition right before ("by Sunday", "until Friday", "before the weekend"): future. Otherwise unknown. An expectation
/// in the pluperfect ("had expected in March") is past; a reporting verb before the expression reaches over its object
/// ("told investors in May"). A modal with "have" ("would have
/// handed", "should have come") is past; present-tense schedules ("payable", "begins", "takes effect") are future, and a
/// start named right before ("from January", "payable on March 28") is future unless the sentence is told in the past.
/// A word scanner rather than a regex: it runs once per weekday or month in the hot path.
/// </summary>
internal static class TenseDetector
{
    private const int Reach = 90;

    private static readonly HashSet<string> FutureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "won't", "would", "upcoming", "'ll", "’ll",
        // present-tense schedules: "payable on March 28", "the year that begins on April 1", "takes effect March 1"
        "payable", "effective", "begins", "starts", "expires", "takes",
        // participles of expectation, even without "to": "the rains expected between March and May"
        "expected", "projected", "predicted", "scheduled", "slated",
        // "are due back on Wednesday", "is due in March"
        "due",
    };

    /// <summary>Modals: alone they point forward ("should ease in March"), except "could", also the past of "can"; with "have" they make a perfect past ("would have handed", "should have come").</summary>
    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase) { "would", "should", "could", "might", "must" };

    /// <summary>A word right before the expression that sets its start ahead: "from January", "starting March 1".</summary>
    private static readonly HashSet<string> StartPrepositions = new(StringComparer.OrdinalIgnoreCase) { "from", "starting", "effective", "payable" };

    private static readonly HashSet<string> Intentions = new(StringComparer.OrdinalIgnoreCase)
    {
        "scheduled", "set", "slated", "due", "expected", "planning", "going", "likely", "planned", "plans", "plan", "intends",
        "intend", "hopes", "hope", "aims", "aim",
        // a past intention still points forward: "hoped to have a deal before Thanksgiving"
        "hoped", "aimed", "intended", "wanted", "promised", "vowed", "pledged",
    };

    private static readonly HashSet<string> PastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "met", "held", "made", "took", "gave", "came", "went", "left", "began",
        "sent", "spoke", "wrote", "saw", "became", "fell", "rose", "won", "lost", "struck", "hit", "killed", "broke", "led",
    };

    /// <summary>Reporting verbs date the report, not the event, unless right next to the expression ("said Thursday"); a
/// clause after a comma ("by June 30, she said") attributes the sentence and says nothing of the date's tense.</summary>
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase) { "said", "told", "says", "announced", "added" };

    private const int ReportingReach = 12;

    /// <summary>A reporting verb before the expression with its object between dates the telling: "told investors in May".</summary>
    private const int ReportingReachBefore = 24;

    private static readonly HashSet<string> Expectations = new(StringComparer.OrdinalIgnoreCase) { "expected", "projected", "predicted", "scheduled", "slated" };

    /// <summary>Verbs after which a participle is an adjective, not a past tense: "is held", "will stay closed", "remains shut".</summary>
    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "be", "being", "been", "stay", "stays", "remain", "remains", "get", "gets", "seem", "seems",
    };

    /// <summary>A present-tense copula right before the expression states a schedule: "the final is on Sunday".</summary>
    private static readonly HashSet<string> PresentCopulas = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "'s" };

    public static bool IsFuture(string body, int start, int end) => Of(body, start, end) == Tense.Future;

    /// <summary>The tense of the marker nearest the expression; <see cref="Tense.Unknown"/> without one.</summary>
    public static Tense Of(string body, int start, int end)
    {
        var sentence = TextSpans.Sentence(body, start, end);
        // the clause cut at clause-opening words first; without a marker there, cut at punctuation only ("highs expected
        // in Seoul and Daegu through the weekend": the "and" joined two names, not two clauses)
        var tense = Of(body, start, end, ClauseSpans.Of(body, sentence.Start, sentence.End, start, end, openers: true));
        return tense != Tense.Unknown ? tense : Of(body, start, end, ClauseSpans.Of(body, sentence.Start, sentence.End, start, end, openers: false));
    }

    private static Tense Of(string body, int start, int end, (int Start, int End) clause)
    {
        var (sentenceStart, sentenceEnd) = clause;
        sentenceStart = Math.Max(sentenceStart, start - Reach);
        sentenceEnd = Math.Min(sentenceEnd, end + Reach);

        var words = new List<(int Start, int End)>(40);
        var i = sentenceStart;
        while (i < sentenceEnd)
        {
            while (i < sentenceEnd && !IsWordChar(body[i])) i++;
            var s = i;
            while (i < sentenceEnd && IsWordChar(body[i])) i++;
            if (i > s) words.Add((s, i));
        }

        var best = int.MaxValue;
        var tense = Tense.Unknown;
        for (var w = 0; w < words.Count; w++)
        {
            var (ws, we) = words[w];
            if (we > start && ws < end) continue;
            var word = body.AsSpan(ws, we - ws);
            var found = Tense.Unknown;
            var markerEnd = we;
            if (IsIn(Modals, word) && w + 1 < words.Count && Is(body, words[w + 1], "have"))
            {
                found = Tense.Past;
                markerEnd = words[w + 1].End;
            }
            // "the board had expected in March": an expectation in the pluperfect is over
            else if (IsIn(Expectations, word) && w > 0 && Is(body, words[w - 1], "had"))
                found = Tense.Past;
            else if (IsIn(FutureWords, word) || (IsIn(Modals, word) && !word.Equals("could", StringComparison.OrdinalIgnoreCase)) || word.EndsWith("'ll", StringComparison.Ordinal) || word.EndsWith("’ll", StringComparison.Ordinal))
                found = Tense.Future;
            else if (IsIn(Intentions, word) && w + 1 < words.Count && Is(body, words[w + 1], "to"))
            {
                found = Tense.Future;
                markerEnd = words[w + 1].End;
            }
            else if (IsIn(Copulas, word) && w + 1 < words.Count)
            {
                w++; // "is held", "is expected to": judged by the next word alone.
                var next = body.AsSpan(words[w].Start, words[w].End - words[w].Start);
                if (IsIn(Intentions, next) && w + 1 < words.Count && Is(body, words[w + 1], "to"))
                {
                    found = Tense.Future;
                    markerEnd = words[w + 1].End;
                }
                else if (next.Equals("due", StringComparison.OrdinalIgnoreCase))
                {
                    found = Tense.Future; // "are due back on Wednesday"
                    markerEnd = words[w].End;
                }
                else continue;
            }
            else if (IsIn(ReportingVerbs, word) || IsIn(PastWords, word) || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal)))
                found = Tense.Past;
            if (found == Tense.Unknown) continue;
            var distance = markerEnd <= start ? start - markerEnd : ws - end;
            if (distance < 0) distance = 0;
            if (IsIn(ReportingVerbs, word) && (distance > (ws >= end ? ReportingReach : ReportingReachBefore) || (ws >= end && body.AsSpan(end, ws - end).Contains(',')))) continue;
            if (distance < best)
            {
                best = distance;
                tense = found;
            }
        }
        if (StartBefore(words, body, start, end) || ScheduleBefore(words, body, start)) return Tense.Future;
        if (DeadlineBefore(words, body, start))
        {
            // "by Sunday" / "until Friday" set a deadline, which points forward; given in the past ("gave owners until
            // December 31"), it says nothing of which side of the publication date the deadline lies: the nearest.
            tense = tense == Tense.Past ? Tense.Unknown : Tense.Future;
        }
        return tense;
    }

    /// <summary>"The second semi-final is on Sunday": a present copula and "on" (or nothing) right before the expression.</summary>
    private static bool ScheduleBefore(List<(int Start, int End)> words, string body, int start)
    {
        var w = words.FindLastIndex(x => x.End <= start);
        if (w < 0 || start - words[w].End > 2) return false;
        if (Is(body, words[w], "on") && w > 0) w--;
        return IsIn(PresentCopulas, body.AsSpan(words[w].Start, words[w].End - words[w].Start));
    }

    private static readonly HashSet<string> DeadlinePrepositions = new(StringComparer.OrdinalIgnoreCase) { "by", "until", "till", "before" };

    private static bool DeadlineBefore(List<(int Start, int End)> words, string body, int start)
    {
        for (var w = words.Count - 1; w >= 0; w--)
        {
            if (words[w].End <= start)
            {
                return start - words[w].End <= 2
                    && IsIn(DeadlinePrepositions, body.AsSpan(words[w].Start, words[w].End - words[w].Start));
            }
        }
        return false;
    }

    /// <summary>
    /// "from January", "payable on March 28": a start named right before the expression (across an "on") points forward,
    /// unless the sentence is told in the past ("had risen from January", "figures from Sept. 30 were revised") or it
    /// opens a range ("from May to July").
    /// </summary>
    private static bool StartBefore(List<(int Start, int End)> words, string body, int start, int end)
    {
        var w = words.FindLastIndex(x => x.End <= start);
        if (w < 0 || start - words[w].End > 2) return false;
        if (Is(body, words[w], "on") && w > 0) w--;
        if (!IsIn(StartPrepositions, body.AsSpan(words[w].Start, words[w].End - words[w].Start))) return false;
        var next = words.FindIndex(x => x.Start >= end);
        if (next >= 0 && words[next].Start - end <= 3
            && (Is(body, words[next], "to") || Is(body, words[next], "until") || Is(body, words[next], "through"))
            && words[next].End + 1 < body.Length && (char.IsDigit(body[words[next].End + 1]) || char.IsUpper(body[words[next].End + 1]))) return false;
        foreach (var word in words)
            if (Is(body, word, "had") || Is(body, word, "was") || Is(body, word, "were")) return false;
        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '\'' or '’';

    private static bool Is(string body, (int Start, int End) word, string text) =>
        body.AsSpan(word.Start, word.End - word.Start).Equals(text, StringComparison.OrdinalIgnoreCase);

    private static bool IsIn(HashSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}

internal enum Tense { Unknown, Past, Future }
