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
        HtmlVisibleDates.Read(document, draft);

        draft.Headline = draft.Headline is { } fromMetadata ? HtmlHeadline.VisibleSpelling(document, fromMetadata) : HtmlHeadline.Pick(document, draft.Outlet);
        HtmlChromeRemover.RemovePageChrome(document, draft);

        var container = HtmlContainerFinder.Find(document);
        if (container is not null) HtmlChromeRemover.RemoveContainerChrome(container, draft);
        var lines = container is null ? [] : HtmlMetaLines.Split(HtmlBlocks.FromElement(container.Element));
        TextArticleParser.Parse(lines, draft);
        DropRepeatedParagraphs(draft);

        if (!string.IsNullOrWhiteSpace(jsonLdBody) && JsonLdBodyIsFuller(draft, jsonLdBody))
        {
            draft.Paragraphs.Clear();
            TextArticleParser.Parse(jsonLdBody.Split('\n'), draft);
        }
        return ArticleAssembler.Build(draft, decoded, fileName, RejectionReasons.HtmlWithoutArticle);
    }

    private static bool HasProse(ArticleDraft draft) => draft.Paragraphs.Any(ProseRules.IsProse);

    /// <summary>
    /// The JSON-LD articleBody replaces the visible text when the page shows no prose, or only a teaser of it
    /// (a paywall or a script-rendered body): the visible text is a small part of a body that begins the same way.
    /// </summary>
    private static bool JsonLdBodyIsFuller(ArticleDraft draft, string jsonLdBody)
    {
        if (!HasProse(draft)) return true;
        var visible = string.Join(" ", draft.Paragraphs);
        var visibleWords = ProseRules.Words(visible);
        var jsonWords = ProseRules.Words(jsonLdBody);
        if (jsonWords < 2 * visibleWords) return false;
        var first = HtmlText.Collapse(draft.Paragraphs[0]);
        var probe = first.Length > 60 ? first[..60] : first;
        return HtmlText.Collapse(jsonLdBody).Contains(probe, StringComparison.Ordinal);
    }

    /// <summary>Pull quotes and repeated teasers: a short paragraph whose text already appears inside a longer one.</summary>
    private static void DropRepeatedParagraphs(ArticleDraft draft)
    {
        var keys = draft.Paragraphs.Select(QuoteKey).ToList();
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var key = keys[i];
            if (key.Length < 20 || key.Length > 300) continue;
            var repeated = false;
            for (var j = 0; j < keys.Count && !repeated; j++)
                repeated = j != i && keys[j].Length > key.Length && keys[j].Contains(key, StringComparison.Ordinal);
            if (!repeated) continue;
            draft.Remove(draft.Paragraphs[i], BoilerplateRecognizer.SiteBoilerplate);
            draft.Paragraphs.RemoveAt(i);
            keys.RemoveAt(i);
        }
    }

    private static string QuoteKey(string text) => Regex.Replace(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+", " ", RegexOptions.None, RegexMatchTimeout.PerMatch).Trim();

    private static void ReadMetaTags(IHtmlDocument document, ArticleDraft draft)
    {
        draft.Headline ??= Clean(Meta(document, "og:title") ?? Meta(document, "twitter:title"));
        draft.OfferOutlet(Meta(document, "og:site_name") ?? Meta(document, "application-name"), OutletEvidence.Metadata);
        draft.Url ??= Meta(document, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        draft.Language ??= document.DocumentElement.GetAttribute("lang");

        var published = FirstMeta(document, PublishedKeys);
        if (published is not null && DateTextParser.Parse(published) is { } p)
            draft.Published ??= new DateMention(DateLineRecognizer.Published, published, p);
        var modified = FirstMeta(document, ModifiedKeys);
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
            var text = Regex.Replace(element.TextContent, @"\s+", " ", RegexOptions.None, RegexMatchTimeout.PerMatch).Trim();
            if (text.Length is 0 or > 200) continue;
            var parsed = BylineParser.TryParse(text) ?? BylineParser.TryParse("By " + text);
            if (parsed is null) continue;
            foreach (var a in parsed.Authors) draft.AddAuthor(a);
            if (parsed.Affiliation is not null) draft.OfferOutlet(parsed.Affiliation, OutletEvidence.BylineAffiliation);
            if (draft.Authors.Count > 0) break;
        }
    }

    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publish-date", "publish_date", "date",
        "parsely-pub-date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "article.published",
    ];

    private static readonly string[] ModifiedKeys =
        ["article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified", "article.updated"];

    private static string? FirstMeta(IHtmlDocument document, string[] names)
    {
        foreach (var name in names)
            if (Meta(document, name) is { } value) return value;
        return null;
    }

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

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : Regex.Replace(s, @"\s+", " ", RegexOptions.None, RegexMatchTimeout.PerMatch).Trim();
}
