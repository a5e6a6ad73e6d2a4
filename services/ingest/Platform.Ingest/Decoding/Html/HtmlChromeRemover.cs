using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Platform.Ingest.Decoding.Text;

namespace Platform.Ingest.Decoding.Html;

/// <summary>
/// Moves site chrome out of the page into <see cref="ArticleDraft.Removed"/> with a reason: scripts, navigation,
/// related lists, comments, cookie banners, newsletter and subscription offers, author bio boxes, captions; then,
/// inside the chosen container, link lists and stray timestamps.
/// </summary>
internal static class HtmlChromeRemover
{
    /// <summary>A block counts as a link list when more of its text than this sits in links.</summary>
    private const double LinkListDensity = 0.5;

    /// <summary>A chrome hint is ignored on an element that holds more than this share of the page's paragraph text (a layout wrapper).</summary>
    private const double WrapperShare = 0.6;

    public static void RemovePageChrome(IHtmlDocument document, ArticleDraft draft)
    {
        foreach (var element in document.QuerySelectorAll("script, style, noscript, template, svg, iframe, object, embed, canvas").ToList())
        {
            var text = element.TextContent.Trim();
            if (element.TagName is "SCRIPT" or "NOSCRIPT" && text.Length > 0)
                draft.Remove(text.Length > 200 ? text[..200] + "…" : text, "script");
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("nav, aside, footer, form, button, select, dialog, amp-sidebar, amp-ad, amp-social-share, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], [aria-hidden=true]").ToList())
        {
            if (!IsAttached(document, element) || HoldsArticle(element)) continue;
            Remove(element, element.TagName == "FOOTER" ? FooterReason(element) : "navigation", draft);
        }
        foreach (var element in document.QuerySelectorAll("header").ToList())
            if (element.Closest("article") is null && IsAttached(document, element) && !HoldsArticle(element))
                Remove(element, "navigation", draft);

        var pageText = document.Body is null ? 0 : HtmlText.ParagraphText(document.Body);
        foreach (var element in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (!IsAttached(document, element) || element.TagName is "BODY" or "HTML" or "ARTICLE" or "MAIN") continue;
            var marker = HtmlText.Marker(element);
            if (HtmlMarkers.IsBody(marker)) continue;
            var reason = HtmlMarkers.ChromeReason(marker);
            if (reason is null) continue;
            if (reason != "comments" && (HoldsArticle(element) || (pageText > 0 && HtmlText.ParagraphText(element) > WrapperShare * pageText)))
                continue;
            // A "credit" or "caption" class on a byline ("By Ana Ruiz, staff photographer and writer") leaves it to the byline rules.
            if (reason == "caption" && HtmlText.Length(element) <= 200 && BylineParser.TryParse(HtmlText.Collapse(element.TextContent)) is not null)
                continue;
            Remove(element, reason, draft);
        }

        RemoveCommentSections(document, draft);

        foreach (var caption in document.QuerySelectorAll("figcaption").ToList())
            Remove(caption, "caption", draft);
    }

    /// <summary>
    /// Comment sections without class hints, found by their heading ("12 responses", "What readers are saying"): the
    /// heading's block when the heading opens it, else the heading and everything after it in its block.
    /// </summary>
    private static void RemoveCommentSections(IHtmlDocument document, ArticleDraft draft)
    {
        foreach (var heading in document.QuerySelectorAll("h2, h3, h4, h5, h6").ToList())
        {
            if (!IsAttached(document, heading) || !HtmlMarkers.IsCommentHeading(HtmlText.Collapse(heading.TextContent))) continue;
            var parent = heading.ParentElement;
            if (parent is null) continue;
            if (parent.FirstElementChild == heading && parent.TagName is not ("BODY" or "ARTICLE" or "MAIN") && !HoldsArticle(parent))
            {
                Remove(parent, "comments", draft);
                continue;
            }
            var following = new List<IElement> { heading };
            for (var next = heading.NextElementSibling; next is not null; next = next.NextElementSibling) following.Add(next);
            if (following.Any(HoldsArticle)) continue;
            foreach (var element in following) Remove(element, "comments", draft);
        }
    }

    /// <summary>Inside the article container: link lists ("Read more:", related headlines) and timestamps that are not date lines.</summary>
    public static void RemoveContainerChrome(ArticleContainer article, ArticleDraft draft)
    {
        var container = article.Element;
        foreach (var element in article.NotArticle)
            if (container.Contains(element)) Remove(element, BoilerplateRecognizer.SiteBoilerplate, draft);
        foreach (var element in container.QuerySelectorAll("p, ul, ol, li, div, section, table, h2, h3, h4, h5, h6").ToList())
        {
            if (!container.Contains(element) || element == container) continue;
            if (IsLinkList(element)) Remove(element, "navigation", draft);
        }
        foreach (var element in container.QuerySelectorAll("time, [class]").ToList())
        {
            if (!container.Contains(element) || element == container) continue;
            if (element.TagName != "TIME" && !HtmlMarkers.IsTimestamp(HtmlText.Marker(element))) continue;
            if (IsBareTimestamp(element)) Remove(element, BoilerplateRecognizer.SiteBoilerplate, draft);
        }
    }

    private static bool IsLinkList(IElement element)
    {
        var text = HtmlText.Collapse(element.TextContent);
        if (text.Length == 0 || element.QuerySelector("a") is null) return false;
        if (HtmlText.LinkDensity(element) <= LinkListDensity) return false;
        // Bylines and date lines often link the author's page; they are read by the text parser, not removed.
        if (text.Length <= 200 && (BylineParser.TryParse(text) is not null || DateLineRecognizer.TryRead(text) is not null)) return false;
        return true;
    }

    /// <summary>A short time stamp ("11:05", "Updated 3:02 p.m.") that the date-line rules cannot read: the page metadata already gave the dates.</summary>
    private static bool IsBareTimestamp(IElement element)
    {
        var text = HtmlText.Collapse(element.TextContent);
        if (text.Length is 0 or > 40 || !text.Any(char.IsDigit)) return false;
        if (ProseRules.IsProse(text) || BylineParser.TryParse(text) is not null) return false;
        return DateLineRecognizer.TryRead(text) is null;
    }

    /// <summary>True for an element wrapping the article body (a layout wrapper whose class happens to say "sidebar" or "promo").</summary>
    private static bool HoldsArticle(IElement element) =>
        element.QuerySelector("[itemprop=articleBody]") is not null
        || element.QuerySelectorAll("[class], [id]").Any(e => HtmlMarkers.IsBody(HtmlText.Marker(e)) && HtmlText.ParagraphText(e) > 200);

    private static bool IsAttached(IHtmlDocument document, IElement element) =>
        document.DocumentElement is { } root && root.Contains(element);

    private static string FooterReason(IElement footer) =>
        BoilerplateRecognizer.IsCopyright(footer.TextContent.Trim()) ? "copyright" : "site-boilerplate";

    private static void Remove(IElement element, string reason, ArticleDraft draft)
    {
        foreach (var line in HtmlBlocks.FromElement(element).Where(l => l.Trim().Length > 0))
        {
            if (draft.Headline is not null && string.Equals(line.Trim(), draft.Headline, StringComparison.OrdinalIgnoreCase)) continue;
            draft.Remove(line, BoilerplateRecognizer.IsCopyright(line) ? "copyright" : reason);
        }
        element.Remove();
    }
}
