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
