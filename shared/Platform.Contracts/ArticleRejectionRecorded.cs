namespace Platform.Contracts;

/// <summary>Event: storage recorded a rejection, so the submission has its final outcome.</summary>
public sealed record ArticleRejectionRecorded : IArticleMessage
{
    public int SchemaVersion { get; init; } = MessageSchema.Version;
    public required string SubmissionId { get; init; }
    public required Guid CorrelationId { get; init; }
    public string? FileName { get; init; }
    public required string Stage { get; init; }
    public required string Reason { get; init; }
    public required string Detail { get; init; }

    Guid? IArticleMessage.ArticleId => null;
}
