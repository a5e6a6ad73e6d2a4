using Platform.Contracts;

namespace Platform.Storage.Persistence;

/// <summary>An article as the database holds it, rebuilt from its JSON columns.</summary>
public sealed record StoredArticle(
    Guid ArticleId,
    string SubmissionId,
    ArticleDocument Article,
    TranslationProvenance Provenance,
    ArticleExtraction Extraction,
    DateTimeOffset StoredAt);
