using System.Text;

namespace Platform.Storage.Web.View;

/// <summary>One stretch of the body to mark: [Start, End) in UTF-16 units, a CSS class and a tooltip.</summary>
internal sealed record Highlight(int Start, int End, string CssClass, string Title);

/// <summary>
/// Writes a body with its highlights as HTML: the text is cut wherever a highlight starts or ends, and each piece is one
/// <c>&lt;mark&gt;</c> carrying the classes of every highlight over it, so overlapping spans (a name inside a quote) need no
/// nesting. Offsets outside the body are ignored; all text is HTML-encoded.
/// </summary>
internal static class Highlighter
{
    public static string Render(string body, IEnumerable<Highlight> highlights)
    {
        var spans = highlights.Where(h => h.Start >= 0 && h.End <= body.Length && h.Start < h.End).ToList();
        var cuts = new SortedSet<int> { 0, body.Length };
        foreach (var h in spans)
        {
            cuts.Add(h.Start);
            cuts.Add(h.End);
        }
        var html = new StringBuilder(body.Length * 2);
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (start, end) = (points[i], points[i + 1]);
            var text = Html.E(body[start..end]);
            var over = spans.Where(h => h.Start <= start && h.End >= end).ToList();
            if (over.Count == 0)
            {
                html.Append(text);
                continue;
            }
            html.Append("<mark class=\"").Append(Html.E(string.Join(' ', over.Select(h => h.CssClass).Distinct())))
                .Append("\" title=\"").Append(Html.E(string.Join("; ", over.Select(h => h.Title).Distinct()))).Append("\">")
                .Append(text).Append("</mark>");
        }
        return html.ToString();
    }
}
