namespace Platform.Contracts;

/// <summary>Event: entities, dates, quantities and quotes were extracted; the whole article travels on to storage.</summary>
public sealed record ArticleExtracted : IArticleMessage
{
    public int SchemaVersion { get; init; } = MessageSchema.Version;
    public required string SubmissionId { get; init; }
    public required Guid CorrelationId { get; init; }
    public required Guid ArticleId { get; init; }
    public required ArticleDocument Article { get; init; }
    public required TranslationProvenance Provenance { get; init; }
    public required ArticleExtraction Extraction { get; init; }

    Guid? IArticleMessage.ArticleId => ArticleId;
    string? IArticleMessage.FileName => Article.FileName;
}
