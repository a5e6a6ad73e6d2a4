namespace Platform.Contracts;

/// <summary>Event: a submitted file was decoded into an article.</summary>
public sealed record ArticleIngested : IArticleMessage
{
    public int SchemaVersion { get; init; } = MessageSchema.Version;
    public required string SubmissionId { get; init; }
    public required Guid CorrelationId { get; init; }
    public required Guid ArticleId { get; init; }
    public required ArticleDocument Article { get; init; }

    Guid? IArticleMessage.ArticleId => ArticleId;
    string? IArticleMessage.FileName => Article.FileName;
}
