namespace Platform.Ingest.Decoding;

/// <summary>
/// How deep a file nests, measured in one pass over the text before any parser builds a tree from it, so a file of
/// 50,000 nested elements is refused (<c>too-deeply-nested</c>) in linear time instead of being parsed and walked.
/// Both scans stop as soon as the cap is passed.
/// </summary>
public static class NestingDepth
{
    /// <summary>Deepest HTML element nesting read (real pages stay under 60; Chromium's tree builder stops at 512).</summary>
    public const int MaxHtmlElements = 512;

    /// <summary>Deepest JSON nesting read: the JSON parser's own limit (<c>JsonDocumentOptions.MaxDepth</c>).</summary>
    public const int MaxJsonValues = 64;

    // Elements without content, and elements whose end tag may be left out (closed by the next sibling or their parent):
    // neither adds a level that a missing end tag would leave open.
    private static readonly HashSet<string> NoLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rt", "rp",
        "html", "head", "body",
    };

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "noscript"];

    /// <summary>True when the markup opens more than <paramref name="cap"/> elements inside one another.</summary>
    public static bool HtmlExceeds(string html, int cap = MaxHtmlElements)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next is '!' or '?')
            {
                var close = html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal) ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i + 2);
                if (close < 0) return false;
                i = close + 1;
                continue;
            }
            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) return false;
            var name = html[nameStart..nameEnd];
            i = tagEnd + 1;
            if (NoLevel.Contains(name)) continue;
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            if (html[tagEnd - 1] == '/') continue;
            if (RawTextElements.Any(raw => raw.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                // Script and style text is not markup: skip to its end tag.
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                if (end < 0) return false;
                i = end;
                continue;
            }
            if (++depth > cap) return true;
        }
        return false;
    }

    /// <summary>True when the JSON text opens more than <paramref name="cap"/> arrays or objects inside one another.</summary>
    public static bool JsonExceeds(string json, int cap = MaxJsonValues)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '[' or '{':
                    if (++depth > cap) return true;
                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
        return false;
    }
}
