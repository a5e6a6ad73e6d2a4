using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Platform.Ingest.Decoding.Html;

/// <summary>
/// Picks the element that holds the article text, strongest evidence first: schema.org articleBody, an
/// &lt;article&gt; with real paragraphs, a body-like class or id ("story-body", "entry-content"), else the element
/// whose direct paragraph-like children hold the most text after discounting links.
/// </summary>
internal static class HtmlContainerFinder
{
    private const int MinimumText = 200;

    public static IElement? Find(IHtmlDocument document)
    {
        var explicitBody = document.QuerySelectorAll("[itemprop=articleBody]").OrderByDescending(HtmlText.ParagraphText).FirstOrDefault();
        if (explicitBody is not null && HtmlText.ParagraphText(explicitBody) > 0) return explicitBody;

        var articles = document.QuerySelectorAll("article").OrderByDescending(HtmlText.ParagraphText).ToList();
        if (articles.Count > 0 && HtmlText.ParagraphText(articles[0]) > MinimumText) return articles[0];

        foreach (var element in document.QuerySelectorAll("[class], [id]"))
            if (HtmlMarkers.IsBody(HtmlText.Marker(element)) && HtmlText.ParagraphText(element) > MinimumText)
                return element;

        var best = BestScored(document);
        if (best is not null) return best;
        return articles.FirstOrDefault() ?? document.Body;
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
}
