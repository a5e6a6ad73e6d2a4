using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Html;

/// <summary>Class and id hints: what a class name such as "jp-relatedposts", "author-box" or "story-body" says an element is.</summary>
internal static partial class HtmlMarkers
{
    /// <summary>The removal reason the class/id hints give, or null when they say nothing about chrome.</summary>
    public static string? ChromeReason(string marker)
    {
        if (Comment().IsMatch(marker)) return "comments";
        if (Caption().IsMatch(marker)) return "caption";
        if (Promotion().IsMatch(marker) || AuthorBio().IsMatch(marker) || PullQuote().IsMatch(marker) || Embed().IsMatch(marker)) return "site-boilerplate";
        if (Navigation().IsMatch(marker)) return "navigation";
        return null;
    }

    public static bool IsBody(string marker) => Body().IsMatch(marker);

    /// <summary>A heading that opens a comment section: "Comments (12)", "3 responses", "What readers are saying", "댓글 12".</summary>
    public static bool IsCommentHeading(string text) => text.Length <= 80 && CommentHeading().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:\d+\s+)?(?:comments?|responses?|replies|reactions|thoughts on\b.*|reader (?:comments|responses|reactions|views)|readers'? (?:comments|views|responses)|what (?:readers|you|people|others) (?:are saying|said|think)|your (?:views|comments|say)|have your say|join the (?:conversation|discussion)|discussion|leave a (?:comment|reply)|댓글|의견)(?:\s*[\(\[]?\d+[\)\]]?)?\s*:?\s*$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CommentHeading();

    public static bool IsTimestamp(string marker) => Timestamp().IsMatch(marker);

    [GeneratedRegex(@"(?:^|[\s_-])(?:comments?|comment[-_]?(?:list|area|section|thread|box)|disqus|reply|replies|discussion|discussions|talk|reader[-_]?comments|box_reply|cmt\w*)(?:$|[\s_-])", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Comment();

    [GeneratedRegex(@"cookie|consent|gdpr|onetrust|newsletter|subscribe|subscription|paywall(?!ed)|promo|advert|(?:^|[\s_-])ads?(?:$|[\s_-])|ad[-_]slot|sponsor|banner|popup|modal|piano|(?:^|[\s_-])offer|signup|sign[-_]up|outbrain|taboola|donat(?:e|ion)|membership", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Promotion();

    [GeneratedRegex(@"author[-_]?(?:box|bio|card|info|profile|details|description|about)|about[-_]?(?:the[-_]?)?author|(?:story|article|post)[-_]?authors|(?:^|[\s_-])bio(?:$|[\s_-])|contributor[-_]?bio", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex AuthorBio();

    [GeneratedRegex(@"twitter-tweet|instagram-media|tiktok-embed|fb-post|social-embed|embed[-_]?(?:tweet|social|instagram|facebook|youtube)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Embed();

    [GeneratedRegex(@"pull[-_]?quote|quote[-_]?pull", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex PullQuote();

    [GeneratedRegex(@"(?:^|[\s_-])(?:caption|captions|credit|credits|photo[-_]?credit|image[-_]?credit|wp-caption-text)(?:$|[\s_-])", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Caption();

    [GeneratedRegex(@"(?:^|[\s_-])(?:relate[ds]?\w*|recommend\w*|popular|most-read|mostread|most-popular|rank\w*|trending|share|sharing|share-tools|social|sns|breadcrumbs?|menu|sidebar|toolbar|tags|tag-list|nav|navbar|navigation|gnb|lnb|more-stories|more-from\w*|read-more|readmore|next-article|prev-article|pagination|pager|page-numbers|continue|footer|site-header|masthead|ribbon|widget\w*|rail|more|story-more)(?:$|[\s_-])", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Navigation();

    [GeneratedRegex(@"article[-_]?body|story[-_]?body|article[-_]?content|entry[-_]?content|post[-_]?content|post[-_]?body|article[-_]?text|story[-_]?text|story[-_]?content|news[-_]?content|articlebody|article__body|main[-_]?content|article[-_]?view", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Body();

    [GeneratedRegex(@"(?:^|[\s_-])(?:time|timestamp|date|dateline|pubdate|published|updated)(?:$|[\s_-])", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Timestamp();
}
