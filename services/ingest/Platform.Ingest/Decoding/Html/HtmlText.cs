using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Html;

/// <summary>Text measures of an element used to tell article text from chrome: paragraph text, own text, link density.</summary>
internal static partial class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "ASIDE", "HEADER", "FOOTER", "NAV", "UL", "OL", "LI", "TABLE", "TBODY", "TR", "TD",
        "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "FIGURE", "FIGCAPTION", "FORM", "DL", "DT", "DD", "ADDRESS",
    };

    public static bool IsBlock(IElement element) => BlockTags.Contains(element.TagName);

    /// <summary>The class and id of an element, lower case, as one string to match hints against.</summary>
    public static string Marker(IElement element) =>
        (element.ClassName + " " + element.Id + " " + element.GetAttribute("itemprop")).ToLowerInvariant();

    public static int Length(IElement element) => Collapse(element.TextContent).Length;

    /// <summary>The share of an element's text that sits inside links (0 when it has no text).</summary>
    public static double LinkDensity(IElement element)
    {
        var total = Length(element);
        if (total == 0) return 0;
        var linked = element.QuerySelectorAll("a").Where(a => a.ParentElement?.Closest("a") is null).Sum(Length);
        return Math.Min(1.0, (double)linked / total);
    }

    /// <summary>A paragraph-like block: a &lt;p&gt;, or a div/td/section that holds only inline content and enough text to be prose.</summary>
    public static bool IsParagraphLike(IElement element)
    {
        if (element.TagName is "P" or "BLOCKQUOTE" or "PRE") return true;
        if (element.TagName is not ("DIV" or "SECTION" or "TD" or "SPAN" or "FONT")) return false;
        if (element.Children.Any(IsBlock)) return false;
        return Length(element) >= 40;
    }

    /// <summary>Text in paragraph-like blocks under the element, links discounted.</summary>
    public static double ParagraphText(IElement element)
    {
        double sum = 0;
        foreach (var block in element.QuerySelectorAll("*").Where(IsParagraphLike))
            sum += Length(block) * (1 - LinkDensity(block));
        if (IsParagraphLike(element)) sum += Length(element) * (1 - LinkDensity(element));
        return sum;
    }

    /// <summary>Text of the element's own text nodes and inline children, links and child blocks left out.</summary>
    public static int OwnTextLength(IElement element)
    {
        var length = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e)
            {
                if (!IsBlock(e) && e.TagName != "A") length += Collapse(e.TextContent).Length;
            }
            else if (child.NodeType == NodeType.Text)
            {
                length += Collapse(child.TextContent).Length;
            }
        }
        return length;
    }

    public static string Collapse(string s) => Spaces().Replace(s, " ").Trim();

    [GeneratedRegex(@"[ \t\r\n\u00A0]+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Spaces();
}
