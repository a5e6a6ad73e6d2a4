namespace Platform.Extraction.Dates;

/// <summary>
/// The clause of a sentence that holds an expression, for reading its tense: bounded by a comma, semicolon, colon, dash
/// or bracket, or by a word that opens another clause ("and", "but", "while", "who", "which", "when"...). An expression
/// in a sentence's opening phrase (at most three words before it: "On Monday, the board will...") reads the rest of the
/// sentence: a fronted adverbial takes the tense of the main clause. A rough, word-level cut without parsing: markers in other clauses
/// ("appointed on Monday, said he expected to...") belong to other events.
/// </summary>
internal static class ClauseSpans
{
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "while", "whereas", "although", "though", "because", "who", "which", "when", "where", "whose",
    };

    /// <param name="openers">Whether clause-opening words cut the clause, or only punctuation.</param>
    public static (int Start, int End) Of(string body, int sentenceStart, int sentenceEnd, int start, int end, bool openers)
    {
        var clauseStart = sentenceStart;
        for (var i = start - 1; i >= sentenceStart; i--)
        {
            if (IsBoundaryChar(body[i])) { clauseStart = i + 1; break; }
            // "between March and May": a conjunction right before the expression joins it to another, it opens no clause
            if (openers && IsOpenerAt(body, i, sentenceStart) && !OnlySpaceBetween(body, i, start)) { clauseStart = i; break; }
        }
        var clauseEnd = Next(body, end, sentenceEnd, openers);
        // A fronted phrase ("In March, ...", "On Sunday, after 42 years, the coxswain will ..."): at most a few words
        // before it at the sentence's start; its tense is the main clause's, wherever that follows.
        if (clauseStart == sentenceStart && clauseEnd < sentenceEnd && body[clauseEnd] == ',' && WordsBetween(body, sentenceStart, start) <= 3)
            clauseEnd = sentenceEnd;
        return (clauseStart, clauseEnd);
    }

    private static int Next(string body, int from, int sentenceEnd, bool openers)
    {
        for (var i = from; i < sentenceEnd; i++)
        {
            if (IsBoundaryChar(body[i])) return i;
            if (openers && i > from && IsOpenerAt(body, i, from)) return i;
        }
        return sentenceEnd;
    }

    private static int WordsBetween(string body, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
            if (char.IsLetterOrDigit(body[i]) && (i == from || !char.IsLetterOrDigit(body[i - 1]))) count++;
        return count;
    }

    private static bool OnlySpaceBetween(string body, int wordStart, int start)
    {
        var e = wordStart;
        while (e < start && char.IsLetter(body[e])) e++;
        return body.AsSpan(e, start - e).IsWhiteSpace();
    }

    private static bool IsBoundaryChar(char c) => c is ',' or ';' or ':' or '—' or '–' or '(' or ')';

    /// <summary>A clause-opening word starts at <paramref name="i"/> (preceded by a space, followed by a space).</summary>
    private static bool IsOpenerAt(string body, int i, int floor)
    {
        if (i <= floor || body[i - 1] != ' ' || !char.IsLetter(body[i])) return false;
        var e = i;
        while (e < body.Length && char.IsLetter(body[e])) e++;
        if (e - i > 8 || e >= body.Length || body[e] != ' ') return false;
        return ClauseOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(body.AsSpan(i, e - i));
    }
}
