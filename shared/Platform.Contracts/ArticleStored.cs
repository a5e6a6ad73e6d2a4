namespace Platform.Contracts;

/// <summary>Event: storage holds the article. <see cref="Status"/> is <c>stored</c> for a new article, <c>duplicate</c> when it was already there.</summary>
public sealed record ArticleStored : IArticleMessage
{
    public int SchemaVersion { get; init; } = MessageSchema.Version;
    public required string SubmissionId { get; init; }
    public required Guid CorrelationId { get; init; }
    public required Guid ArticleId { get; init; }
    public required string Status { get; init; }
    /// <summary>The article id this submission duplicates (same as <see cref="ArticleId"/>) when <see cref="Status"/> is <c>duplicate</c>.</summary>
    public Guid? DuplicateOf { get; init; }
    public string? FileName { get; init; }

    Guid? IArticleMessage.ArticleId => ArticleId;
}
