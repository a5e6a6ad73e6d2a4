using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Html;

/// <summary>Turns an element into text lines, one per block (paragraph, heading, list item, quote).</summary>
public static partial class HtmlBlocks
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    { "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "DT", "DD", "TIME", "ADDRESS", "FIGCAPTION", "TD" };

    public static List<string> FromFragment(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<html><body>" + html + "</body></html>");
        return FromElement(document.Body!);
    }

    public static List<string> FromElement(IElement root)
    {
        var lines = new List<string>();
        Walk(root, lines);
        return lines;
    }

    private static void Walk(INode node, List<string> lines)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element)
            {
                if (BlockTags.Contains(element.TagName))
                {
                    foreach (var line in TextWithBreaks(element).Split('\n'))
                        lines.Add(line);
                    lines.Add("");
                }
                else if (element.TagName is "BR")
                {
                    lines.Add("");
                }
                else if (element.TagName is "DIV" or "SECTION" or "ARTICLE" or "MAIN" or "HEADER" or "FOOTER" or "UL" or "OL" or "TABLE" or "TBODY" or "TR" or "FIGURE" or "SPAN" or "FONT" or "CENTER" or "DL")
                {
                    lines.Add("");
                    Walk(element, lines);
                    lines.Add("");
                }
                else
                {
                    AppendInline(lines, Collapse(element.TextContent));
                }
            }
            else if (child.NodeType == NodeType.Text)
            {
                AppendInline(lines, Collapse(child.TextContent));
            }
        }
    }

    private static void AppendInline(List<string> lines, string text)
    {
        if (text.Trim().Length == 0) return;
        if (lines.Count == 0 || lines[^1].Length == 0) lines.Add(text.Trim());
        else lines[^1] = (lines[^1] + " " + text.Trim()).Trim();
    }

    /// <summary>The element's text with &lt;br&gt; kept as line breaks and other whitespace collapsed.</summary>
    public static string TextWithBreaks(IElement element)
    {
        var sb = new StringBuilder();
        Append(element, sb);
        return string.Join('\n', sb.ToString().Split('\n').Select(l => Collapse(l).Trim()));
    }

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement e && e.TagName == "BR") sb.Append('\n');
            else if (child is IElement e2) Append(e2, sb);
            else if (child.NodeType == NodeType.Text) sb.Append(child.TextContent.Replace('\n', ' '));
        }
    }

    private static string Collapse(string s) => Spaces().Replace(s, " ");

    [GeneratedRegex(@"[ \t\r\n\u00A0]+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Spaces();
}
