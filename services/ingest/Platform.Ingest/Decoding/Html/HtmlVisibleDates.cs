using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Platform.Ingest.Decoding.Text;
using Platform.Ingest.Decoding.Time;

namespace Platform.Ingest.Decoding.Html;

/// <summary>
/// Published and modified times shown on the page (&lt;time datetime&gt;, itemprop dates, elements whose class says
/// date or time): the last source, used only where meta tags and JSON-LD gave nothing.
/// </summary>
internal static class HtmlVisibleDates
{
    private static readonly string[] DateAttributes = ["datetime", "content", "data-date-time", "data-datetime", "data-published", "data-timestamp"];

    public static void Read(IHtmlDocument document, ArticleDraft draft)
    {
        if (draft.Published is not null && draft.Modified is not null) return;
        foreach (var element in document.QuerySelectorAll("time, [itemprop=datePublished], [itemprop=dateModified], [data-date-time], [data-datetime], [class]"))
        {
            if (element.TagName is "META") continue;
            if (element.TagName != "TIME" && element.GetAttribute("itemprop") is null && !element.HasAttribute("data-date-time")
                && !element.HasAttribute("data-datetime") && !HtmlMarkers.IsTimestamp(HtmlText.Marker(element)))
                continue;
            if (Mention(element) is not { } mention) continue;
            if (mention.Kind == DateLineRecognizer.Modified) draft.Modified ??= mention;
            else draft.Published ??= mention;
            if (draft.Published is not null && draft.Modified is not null) return;
        }
    }

    private static DateMention? Mention(IElement element)
    {
        var modified = IsModified(element);
        foreach (var name in DateAttributes)
        {
            var value = element.GetAttribute(name)?.Trim();
            if (string.IsNullOrEmpty(value) || DateTextParser.Parse(value) is not { } parsed) continue;
            return new DateMention(modified ? DateLineRecognizer.Modified : DateLineRecognizer.Published, value, parsed);
        }
        var text = HtmlText.Collapse(element.TextContent);
        if (text.Length is 0 or > 80) return null;
        var mentions = DateLineRecognizer.TryRead(text);
        return mentions is null ? null : mentions[0] with { Kind = modified ? DateLineRecognizer.Modified : mentions[0].Kind };
    }

    private static bool IsModified(IElement element)
    {
        var hint = (HtmlText.Marker(element) + " " + HtmlText.Collapse(element.TextContent)).ToLowerInvariant();
        return element.GetAttribute("itemprop") == "dateModified" || hint.Contains("updat") || hint.Contains("modif") || hint.Contains("수정");
    }
}
