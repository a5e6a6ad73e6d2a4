namespace Platform.Contracts;

/// <summary>Event: the translation provenance of an ingested article was resolved.</summary>
public sealed record ArticleProvenanceResolved : IArticleMessage
{
    public int SchemaVersion { get; init; } = MessageSchema.Version;
    public required string SubmissionId { get; init; }
    public required Guid CorrelationId { get; init; }
    public required Guid ArticleId { get; init; }
    public required ArticleDocument Article { get; init; }
    public required TranslationProvenance Provenance { get; init; }

    Guid? IArticleMessage.ArticleId => ArticleId;
    string? IArticleMessage.FileName => Article.FileName;
}
