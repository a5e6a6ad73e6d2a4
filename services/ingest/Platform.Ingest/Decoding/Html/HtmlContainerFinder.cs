using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Platform.Ingest.Decoding.Html;

/// <summary>The element holding the article text, and the children of it that are not article (ads, recirculation between body blocks).</summary>
internal sealed record ArticleContainer(IElement Element, IReadOnlyList<IElement> NotArticle);

/// <summary>
/// Picks the element that holds the article text, strongest evidence first: schema.org articleBody, an
/// &lt;article&gt; with real paragraphs, a body-like class or id ("story-body", "entry-content"), else the element
/// whose direct paragraph-like children hold the most text after discounting links (with its prose siblings).
/// </summary>
internal static class HtmlContainerFinder
{
    private const int MinimumText = 200;
    private const double SiblingShare = 0.25;
    private const double SiblingLinkDensity = 0.3;

    public static ArticleContainer? Find(IHtmlDocument document)
    {
        var explicitBody = document.QuerySelectorAll("[itemprop=articleBody], [name=articleBody]").OrderByDescending(HtmlText.ParagraphText).FirstOrDefault();
        if (explicitBody is not null && HtmlText.ParagraphText(explicitBody) > 0) return new(explicitBody, []);

        var articles = document.QuerySelectorAll("article").OrderByDescending(HtmlText.ParagraphText).ToList();
        if (articles.Count > 0 && HtmlText.ParagraphText(articles[0]) > MinimumText) return new(articles[0], []);

        foreach (var element in document.QuerySelectorAll("[class], [id]"))
            if (HtmlMarkers.IsBody(HtmlText.Marker(element)) && HtmlText.ParagraphText(element) > MinimumText)
                return new(element, []);

        var best = BestScored(document);
        if (best is not null) return WithSiblings(best);
        var fallback = articles.FirstOrDefault() ?? document.Body;
        return fallback is null ? null : new(fallback, []);
    }

    /// <summary>The element whose direct paragraph-like children (and own inline text, for &lt;br&gt; pages) hold the most unlinked text.</summary>
    private static IElement? BestScored(IHtmlDocument document)
    {
        IElement? best = null;
        double bestScore = 0;
        foreach (var element in document.QuerySelectorAll("div, section, main, td, article, body"))
        {
            double score = element.Children.Where(c => HtmlText.IsParagraphLike(c) || c.TagName is "H2" or "H3")
                .Sum(c => HtmlText.Length(c) * (1 - HtmlText.LinkDensity(c)));
            score += HtmlText.OwnTextLength(element);
            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }
        return bestScore > 100 ? best : null;
    }

    /// <summary>
    /// Script-rendered pages split the body into sibling blocks with ads and recirculation between them. When the best
    /// block (or the single-child chain around it) has siblings of the same kind holding a fair share of prose, their parent becomes the
    /// container and the siblings that are neither prose nor headings are marked as not article.
    /// </summary>
    private static ArticleContainer WithSiblings(IElement best)
    {
        var top = best;
        while (top.ParentElement is { TagName: not ("BODY" or "HTML") } parent && parent.Children.Count(c => HtmlText.Length(c) > 0) == 1)
            top = parent;
        if (top.ParentElement is not { TagName: not ("BODY" or "HTML") } container) return new(best, []);

        var topText = HtmlText.ParagraphText(top);
        var prose = container.Children.Where(s => s != top && IsProseSibling(s, top, topText)).ToList();
        if (prose.Count == 0) return new(best, []);
        var notArticle = container.Children
            .Where(s => s != top && !prose.Contains(s) && s.TagName is not ("H2" or "H3" or "H4") && HtmlText.Length(s) > 0)
            .ToList();
        return new(container, notArticle);
    }

    /// <summary>A sibling continuing the body: a block of the same kind (tag and class) with a fair share of prose, or a prose paragraph.</summary>
    private static bool IsProseSibling(IElement sibling, IElement top, double topText)
    {
        var linkDensity = HtmlText.LinkDensity(sibling);
        if (linkDensity >= SiblingLinkDensity) return false;
        if (SameKind(sibling, top) && HtmlText.ParagraphText(sibling) >= SiblingShare * topText) return true;
        return sibling.TagName == "P" && HtmlText.Length(sibling) >= 80;
    }

    private static bool SameKind(IElement a, IElement b) =>
        a.TagName == b.TagName && string.Equals(a.ClassName, b.ClassName, StringComparison.Ordinal) && (a.Id is null) == (b.Id is null);
}
