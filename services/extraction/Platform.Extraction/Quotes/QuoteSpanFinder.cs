namespace Platform.Extraction.Quotes;

/// <summary>
/// Finds quoted spans paragraph by paragraph: curly “...”, straight "...", guillemets «...» and „...“. Single quotes
/// inside are nesting and stay part of the text. An opening mark without a close runs to the paragraph end; when the
/// next paragraph opens with a quote mark, the two are segments of one multi-paragraph quote (news convention).
/// </summary>
internal static class QuoteSpanFinder
{
    public static List<QuoteSpan> Find(string body)
    {
        var spans = new List<QuoteSpan>();
        var p = 0;
        while (p < body.Length)
        {
            var end = body.IndexOf('\n', p);
            if (end < 0) end = body.Length;
            if (end > p) ScanParagraph(body, p, end, spans);
            p = end + 1;
        }
        LinkParagraphs(body, spans);
        return spans;
    }

    private static void ScanParagraph(string body, int start, int end, List<QuoteSpan> spans)
    {
        var open = -1;
        var closer = '\0';
        for (var i = start; i < end; i++)
        {
            var c = body[i];
            if (open < 0)
            {
                switch (c)
                {
                    case '\u201C': open = i; closer = '\u201D'; break;
                    case '\u201E': open = i; closer = '\u201C'; break;
                    case '\u00AB': open = i; closer = '\u00BB'; break;
                    case '"': open = i; closer = '"'; break;
                }
            }
            else if (c == closer || (closer == '\u201C' && c == '\u201D'))
            {
                Add(body, open, i, start, end, spans);
                open = -1;
            }
        }
        if (open >= 0) Add(body, open, -1, start, end, spans);
        if (body.AsSpan(start, end - start).IndexOfAny(DoubleMarks) < 0) ScanSingleQuotes(body, start, end, spans);
    }

    private static readonly System.Buffers.SearchValues<char> DoubleMarks = System.Buffers.SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB");

    /// <summary>
    /// British style: quotes in single marks (‘...’ or '...'), only in a paragraph without double marks. An opening mark
    /// stands at a word start; a closing one follows a non-space and is not followed by a letter (so "it’s" and
    /// "don't" are apostrophes). Spans of fewer than four words are left out: they are more often terms than speech.
    /// </summary>
    private static void ScanSingleQuotes(string body, int start, int end, List<QuoteSpan> spans)
    {
        for (var i = start; i < end; i++)
        {
            var c = body[i];
            if (c is not ('\u2018' or '\'')) continue;
            if (i > start && !(char.IsWhiteSpace(body[i - 1]) || body[i - 1] is '(' or '[' or '—' or '–')) continue;
            if (i + 1 >= end || !char.IsLetterOrDigit(body[i + 1])) continue;
            var close = -1;
            for (var k = i + 2; k < end; k++)
            {
                if (body[k] is not ('\u2019' or '\'')) continue;
                if (char.IsWhiteSpace(body[k - 1])) continue;
                if (k + 1 < end && char.IsLetter(body[k + 1])) continue;
                // A plural possessive ("farmers’ union") stays inside: require punctuation before or a stop after.
                if (char.IsLetter(body[k - 1]) && k + 1 < end && !(body[k + 1] is ',' or '.' or ';' or ':' or '!' or '?' or ')' || char.IsWhiteSpace(body[k + 1]) && k + 2 < end && !char.IsLower(body[k + 2])))
                    continue;
                close = k;
                break;
            }
            if (close < 0) return;
            var words = body.AsSpan(i + 1, close - i - 1).Count(' ') + 1;
            if (words >= 4) Add(body, i, close, start, end, spans);
            i = close;
        }
    }

    private static void Add(string body, int open, int close, int paragraphStart, int paragraphEnd, List<QuoteSpan> spans)
    {
        var s = open + 1;
        var e = close < 0 ? paragraphEnd : close;
        while (s < e && char.IsWhiteSpace(body[s])) s++;
        while (e > s && char.IsWhiteSpace(body[e - 1])) e--;
        if (e > s) spans.Add(new QuoteSpan(s, e, open, close, paragraphStart, paragraphEnd));
    }

    private static void LinkParagraphs(string body, List<QuoteSpan> spans)
    {
        for (var i = 0; i + 1 < spans.Count; i++)
        {
            var a = spans[i];
            var b = spans[i + 1];
            if (a.Close >= 0 || b.ParagraphStart == a.ParagraphStart) continue;
            var k = b.ParagraphStart;
            while (k < b.Open && char.IsWhiteSpace(body[k])) k++;
            if (k != b.Open) continue;
            // Only blank lines between the two paragraphs.
            if (body.AsSpan(a.ParagraphEnd, b.ParagraphStart - a.ParagraphEnd).Trim().Length != 0) continue;
            a.Next = i + 1;
            b.Previous = i;
        }
    }
}
