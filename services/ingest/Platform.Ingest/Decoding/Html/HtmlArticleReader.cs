using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Platform.Contracts;
using Platform.Ingest.Decoding.Bytes;
using Platform.Ingest.Decoding.Json;
using Platform.Ingest.Decoding.Text;
using Platform.Ingest.Decoding.Time;

namespace Platform.Ingest.Decoding.Html;

/// <summary>
/// Reads an HTML page. Metadata in order of trust: meta tags (og:title, og:site_name, article:published_time, og:url,
/// canonical link), JSON-LD, visible bylines. Main text from the article container after scripts, navigation, related
/// lists, comments and cookie banners are moved to Removed.
/// </summary>
public static partial class HtmlArticleReader
{
    public static IngestDecision Read(DecodedText decoded, string? fileName)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(decoded.Text);
        var draft = new ArticleDraft { Format = FormatSniffer.Html };

        ReadMetaTags(document, draft);
        var jsonLdBody = ReadJsonLd(document, draft);
        ReadVisibleBylines(document, draft);
        if (draft.Published is null && document.QuerySelector("time[datetime]") is { } time
            && DateTextParser.Parse(time.GetAttribute("datetime")) is { } parsedTime)
            draft.Published = new DateMention(DateLineRecognizer.Published, time.GetAttribute("datetime")!, parsedTime);

        draft.Headline ??= Clean(document.QuerySelector("article h1, h1")?.TextContent) ?? Clean(document.Title);
        RemoveChrome(document, draft);

        var container = FindContainer(document);
        var lines = container is null ? [] : HtmlBlocks.FromElement(container);
        TextArticleParser.Parse(lines, draft);

        if (!HasProse(draft) && !string.IsNullOrWhiteSpace(jsonLdBody))
        {
            draft.Paragraphs.Clear();
            TextArticleParser.Parse(jsonLdBody.Split('\n'), draft);
        }
        return ArticleAssembler.Build(draft, decoded, fileName, RejectionReasons.HtmlWithoutArticle);
    }

    private static bool HasProse(ArticleDraft draft) => draft.Paragraphs.Any(ProseRules.IsProse);

    private static void ReadMetaTags(IHtmlDocument document, ArticleDraft draft)
    {
        draft.Headline ??= Clean(Meta(document, "og:title") ?? Meta(document, "twitter:title"));
        draft.OfferOutlet(Meta(document, "og:site_name") ?? Meta(document, "application-name"), OutletEvidence.Metadata);
        draft.Url ??= Meta(document, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        draft.Language ??= document.DocumentElement.GetAttribute("lang");

        var published = Meta(document, "article:published_time") ?? Meta(document, "pubdate") ?? Meta(document, "publish-date")
                        ?? Meta(document, "date") ?? Meta(document, "parsely-pub-date") ?? Meta(document, "dc.date") ?? Meta(document, "sailthru.date");
        if (published is not null && DateTextParser.Parse(published) is { } p)
            draft.Published ??= new DateMention(DateLineRecognizer.Published, published, p);
        var modified = Meta(document, "article:modified_time") ?? Meta(document, "og:updated_time") ?? Meta(document, "last-modified");
        if (modified is not null && DateTextParser.Parse(modified) is { } m)
            draft.Modified ??= new DateMention(DateLineRecognizer.Modified, modified, m);

        var author = Meta(document, "author") ?? Meta(document, "article:author");
        if (author is not null && !author.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            var parsed = BylineParser.TryParse(author.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? author : "By " + author);
            if (parsed is not null)
            {
                foreach (var a in parsed.Authors) draft.AddAuthor(a);
                if (parsed.Affiliation is not null) draft.OfferOutlet(parsed.Affiliation, OutletEvidence.BylineAffiliation);
            }
        }
    }

    /// <summary>Fills what the meta tags left open from JSON-LD; returns its articleBody, if any.</summary>
    private static string? ReadJsonLd(IHtmlDocument document, ArticleDraft draft)
    {
        string? body = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (JsonArticleMapper.FindArticle(json.RootElement) is not { } article) continue;
                JsonArticleMapper.Fill(article, draft);
                body ??= JsonArticleMapper.BodyText(article);
            }
            catch (JsonException)
            {
                // A broken JSON-LD block: the rest of the page still counts.
            }
        }
        return body;
    }

    private static void ReadVisibleBylines(IHtmlDocument document, ArticleDraft draft)
    {
        if (draft.Authors.Count > 0) return;
        foreach (var element in document.QuerySelectorAll("[rel=author], [itemprop=author], [class*=byline], [class*=author]"))
        {
            var text = Regex.Replace(element.TextContent, @"\s+", " ").Trim();
            if (text.Length is 0 or > 200) continue;
            var parsed = BylineParser.TryParse(text) ?? BylineParser.TryParse("By " + text);
            if (parsed is null) continue;
            foreach (var a in parsed.Authors) draft.AddAuthor(a);
            if (parsed.Affiliation is not null) draft.OfferOutlet(parsed.Affiliation, OutletEvidence.BylineAffiliation);
            if (draft.Authors.Count > 0) break;
        }
    }

    private static void RemoveChrome(IHtmlDocument document, ArticleDraft draft)
    {
        foreach (var element in document.QuerySelectorAll("script, style, noscript, template, svg, iframe, object, embed, canvas").ToList())
        {
            var text = element.TextContent.Trim();
            if (element.TagName is "SCRIPT" or "NOSCRIPT" && text.Length > 0)
                draft.Remove(text.Length > 200 ? text[..200] + "…" : text, "script");
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("nav, aside, footer, form, button, select, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true]").ToList())
        {
            if (!IsAttached(document, element)) continue;
            RemoveElement(element, element.TagName == "FOOTER" ? FooterReason(element) : "navigation", draft);
        }
        foreach (var element in document.QuerySelectorAll("header").ToList())
            if (element.Closest("article") is null && IsAttached(document, element))
                RemoveElement(element, "navigation", draft);

        foreach (var element in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (!IsAttached(document, element) || element.TagName is "BODY" or "HTML" or "ARTICLE" or "MAIN") continue;
            var marker = (element.ClassName + " " + element.Id).ToLowerInvariant();
            var reason = ChromeReason(marker);
            if (reason is not null) RemoveElement(element, reason, draft);
        }

        foreach (var caption in document.QuerySelectorAll("figcaption").ToList())
            RemoveElement(caption, "caption", draft);
    }

    private static bool IsAttached(IHtmlDocument document, IElement element) =>
        document.DocumentElement is { } root && root.Contains(element);

    private static string FooterReason(IElement footer) =>
        BoilerplateRecognizer.IsCopyright(footer.TextContent.Trim()) ? "copyright" : "site-boilerplate";

    private static void RemoveElement(IElement element, string reason, ArticleDraft draft)
    {
        var lines = HtmlBlocks.FromElement(element).Where(l => l.Trim().Length > 0).ToList();
        foreach (var line in lines)
        {
            if (draft.Headline is not null && string.Equals(line.Trim(), draft.Headline, StringComparison.OrdinalIgnoreCase)) continue;
            var lineReason = reason;
            if (BoilerplateRecognizer.IsCopyright(line)) lineReason = "copyright";
            draft.Remove(line, lineReason);
        }
        element.Remove();
    }

    private static string? ChromeReason(string marker)
    {
        if (CommentMarker().IsMatch(marker)) return "comments";
        if (CookieMarker().IsMatch(marker)) return "site-boilerplate";
        if (NavigationMarker().IsMatch(marker)) return "navigation";
        return null;
    }

    private static IElement? FindContainer(IHtmlDocument document)
    {
        var explicitBody = document.QuerySelector("[itemprop=articleBody]");
        if (explicitBody is not null && ParagraphText(explicitBody) > 0) return explicitBody;

        var articles = document.QuerySelectorAll("article").OrderByDescending(ParagraphText).ToList();
        if (articles.Count > 0 && ParagraphText(articles[0]) > 200) return articles[0];

        foreach (var element in document.QuerySelectorAll("[class], [id]"))
            if (BodyMarker().IsMatch((element.ClassName + " " + element.Id).ToLowerInvariant()) && ParagraphText(element) > 200)
                return element;

        // Score: the element whose direct paragraphs hold the most text.
        IElement? best = null;
        var bestScore = 0;
        foreach (var element in document.QuerySelectorAll("div, section, main, td, article"))
        {
            var score = element.Children.Where(c => c.TagName is "P" or "BLOCKQUOTE" or "H2" or "H3").Sum(c => c.TextContent.Trim().Length);
            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }
        if (best is not null && bestScore > 100) return best;
        return articles.FirstOrDefault() ?? document.Body;
    }

    private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent.Trim().Length);

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content")?.Trim();
                if (!string.IsNullOrEmpty(content)) return content;
            }
        }
        return null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : Regex.Replace(s, @"\s+", " ").Trim();

    [GeneratedRegex(@"(?:^|[\s_-])(?:comments?|disqus|reply|replies|discussion)(?:$|[\s_-])")]
    private static partial Regex CommentMarker();

    [GeneratedRegex(@"cookie|consent|gdpr|newsletter|subscribe|subscription|paywall|promo|advert|(?:^|[\s_-])ads?(?:$|[\s_-])|sponsor|banner|popup|modal")]
    private static partial Regex CookieMarker();

    [GeneratedRegex(@"(?:^|[\s_-])(?:related|recommend\w*|popular|most-read|mostread|trending|share|sharing|social|sns|breadcrumbs?|menu|sidebar|toolbar|tags|nav|navbar|navigation|more-stories|read-more|readmore|next-article|prev-article|footer|site-header|masthead)(?:$|[\s_-])")]
    private static partial Regex NavigationMarker();

    [GeneratedRegex(@"article[-_]?body|story[-_]?body|article[-_]?content|entry[-_]?content|post[-_]?content|article[-_]?text|story[-_]?content|news[-_]?content|articlebody|article__body|main[-_]?content")]
    private static partial Regex BodyMarker();
}
