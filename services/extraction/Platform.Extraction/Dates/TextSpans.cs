namespace Platform.Extraction.Dates;

/// <summary>Sentence bounds in a body: a rough split on . ! ? followed by a space, and on line breaks.</summary>
internal static class TextSpans
{
    public static (int Start, int End) Sentence(string body, int start, int end)
    {
        const int MaxReach = 600;
        var s = start;
        while (s > 0 && start - s < MaxReach)
        {
            var c = body[s - 1];
            if (c == '\n') break;
            if (c == ' ' && s >= 2 && body[s - 2] is '.' or '!' or '?' && !IsAbbreviation(body, s - 2)) break;
            if (c == ' ' && s >= 3 && body[s - 2] is '"' or '\u201D' && body[s - 3] is '.' or '!' or '?') break;
            s--;
        }
        var e = end;
        while (e < body.Length && e - end < MaxReach)
        {
            var c = body[e];
            if (c == '\n') break;
            if (c is '.' or '!' or '?' && (e + 1 == body.Length || body[e + 1] is ' ' or '\n') && !IsAbbreviation(body, e)) { e++; break; }
            e++;
        }
        return (s, e);
    }

    /// <summary>True when the period at <paramref name="dot"/> closes a short abbreviation such as "Mar." or "Mr.".</summary>
    private static bool IsAbbreviation(string body, int dot)
    {
        if (body[dot] != '.') return false;
        var w = dot;
        while (w > 0 && char.IsLetter(body[w - 1])) w--;
        var len = dot - w;
        // dotted abbreviations: "a.m.", "p.m.", "U.S."
        if (len == 1 && w >= 2 && body[w - 1] == '.' && char.IsLetter(body[w - 2])) return true;
        return len is >= 1 and <= 4 && char.IsUpper(body[w]) && (len == 1 || IsKnownAbbreviation(body.AsSpan(w, len)));
    }

    private static bool IsKnownAbbreviation(ReadOnlySpan<char> word) => word switch
    {
        "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Jr" or "Sr" or "Gen" or "Col" or "Lt" or "Sgt" or "Rep" or "Sen" or "Gov" or "Prof" or "No"
            or "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec" => true,
        _ => false,
    };
}
