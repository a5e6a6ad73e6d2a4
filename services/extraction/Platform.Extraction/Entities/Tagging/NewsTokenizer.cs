namespace Platform.Extraction.Entities.Tagging;

/// <summary>
/// Splits text into PTB-like tokens with offsets (hyphens and clitics such as 's are their own tokens,
/// abbreviations and initials keep their dots) and marks sentence starts. Allocation: one list.
/// </summary>
public static class NewsTokenizer
{
    private static readonly HashSet<string> DottedAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "adm", "rep", "sen",
        "gov", "st", "inc", "corp", "co", "ltd", "jr", "sr", "vs", "no", "jan", "feb", "mar", "apr", "aug",
        "sep", "sept", "oct", "nov", "dec", "rev", "hon", "fr", "mt", "ft", "pres", "supt", "det", "insp",
        "messrs", "mme", "mlle", "bros", "dept", "univ", "assn", "est", "approx", "etc", "e.g", "i.e", "al",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        DottedAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(text.Length / 5 + 4);
        var i = 0;
        var sentenceStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' || c == '\r' || c == '\u2029') sentenceStart = true;
                i++;
                continue;
            }

            int end;
            if (char.IsLetterOrDigit(c)) end = ScanWord(text, i);
            else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && IsCliticAt(text, i)) end = ScanLetters(text, i + 1);
            else if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.') end = i + 3;
            else end = i + 1;

            tokens.Add(new TextToken(i, end, sentenceStart));
            sentenceStart = EndsSentence(text, i, end);
            i = end;
        }
        return tokens;
    }

    private static bool EndsSentence(string text, int start, int end)
    {
        var c = text[end - 1];
        if (end - start == 1 && (c == '!' || c == '?')) return NextStartsUpper(text, end);
        if (c != '.') return false;
        if (end - start == 1) return NextStartsUpper(text, end);
        // A dotted abbreviation or initial ends a sentence only at a line end.
        var j = end;
        while (j < text.Length && text[j] == ' ') j++;
        return j >= text.Length || text[j] == '\n' || text[j] == '\r';
    }

    private static bool NextStartsUpper(string text, int from)
    {
        var j = from;
        while (j < text.Length && (char.IsWhiteSpace(text[j]) || IsQuote(text[j]) || text[j] == ')')) j++;
        return j >= text.Length || char.IsUpper(text[j]) || char.IsDigit(text[j]);
    }

    private static int ScanLetters(string text, int i)
    {
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i;
    }

    private static int ScanWord(string text, int start)
    {
        var i = start;
        var segmentStart = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u00AD') { i++; continue; }
            var hasNext = i + 1 < text.Length;
            if ((c == '.' || c == ',') && hasNext && char.IsDigit(text[i + 1]) && i > start && char.IsDigit(text[i - 1]))
            {
                i++;
                continue;
            }
            if (c == '.' && hasNext && char.IsLetter(text[i + 1]) && i - segmentStart == 1 && char.IsLetter(text[i - 1]))
            {
                // U.S., J.R., e.g.
                i++;
                segmentStart = i;
                continue;
            }
            if (IsApostrophe(c) && hasNext && char.IsLetter(text[i + 1]))
            {
                if (IsCliticAt(text, i)) break;
                i++;
                continue;
            }
            if (c == '&' && hasNext && char.IsUpper(text[i + 1]) && i - start <= 2 && char.IsUpper(text[start]))
            {
                i++; // AT&T, S&P
                continue;
            }
            break;
        }

        if (i < text.Length && text[i] == '.')
        {
            var word = text.AsSpan(start, i - start);
            var lastSegment = text.AsSpan(segmentStart, i - segmentStart);
            if (segmentStart > start && lastSegment.Length == 1) return i + 1; // U.S. / J.R.
            if (word.Length == 1 && char.IsUpper(word[0])) return i + 1; // initial "J."
            if (AbbreviationLookup.Contains(word)) return i + 1;
        }
        return i;
    }

    private static bool IsCliticAt(string text, int apostrophe)
    {
        var j = apostrophe + 1;
        var k = j;
        while (k < text.Length && char.IsLetter(text[k])) k++;
        var len = k - j;
        if (len == 0 || len > 2) return false;
        var s = text.AsSpan(j, len);
        return s.Equals("s", StringComparison.OrdinalIgnoreCase) || s.Equals("t", StringComparison.OrdinalIgnoreCase)
            || s.Equals("re", StringComparison.OrdinalIgnoreCase) || s.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || s.Equals("ll", StringComparison.OrdinalIgnoreCase) || s.Equals("d", StringComparison.OrdinalIgnoreCase)
            || s.Equals("m", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    public static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';
}
