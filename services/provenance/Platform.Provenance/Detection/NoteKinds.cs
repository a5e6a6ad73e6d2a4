namespace Platform.Provenance.Detection;

/// <summary>The values of <c>TranslationProvenance.NoteKind</c>.</summary>
public static class NoteKinds
{
    public const string ArticleTranslation = "article-translation";
    public const string OriginalLink = "original-link";
    public const string QuoteTranslation = "quote-translation";
    public const string Audio = "audio";
    public const string SiteSlogan = "site-slogan";
    public const string TopicOnly = "topic-only";
}
