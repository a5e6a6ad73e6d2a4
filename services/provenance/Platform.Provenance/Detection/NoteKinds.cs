namespace Platform.Provenance.Detection;

/// <summary>The values of <c>TranslationProvenance.NoteKind</c>.</summary>
public static class NoteKinds
{
    public const string ArticleTranslation = "article-translation";
    /// <summary>A site-level note that this page's language version (an edition, all articles of the site) is translated.</summary>
    public const string Site = "site";
    public const string OriginalLink = "original-link";
    public const string QuoteTranslation = "quote-translation";
    public const string Audio = "audio";
    public const string SiteSlogan = "site-slogan";
    public const string TopicOnly = "topic-only";
}
