namespace Platform.Contracts;

/// <summary>
/// Response: the ingest stage's answer to an <see cref="IngestArticleFile"/> sent as a request (HTTP upload waits for it, so a
/// file is decoded once). Sent besides, not instead of, <see cref="ArticleIngested"/> or <see cref="ArticleRejected"/>.
/// </summary>
public sealed record ArticleFileDecoded
{
    public int SchemaVersion { get; init; } = MessageSchema.Version;
    public required string SubmissionId { get; init; }
    public required Guid CorrelationId { get; init; }
    /// <summary>The article's id when the file was an article; null when it was rejected.</summary>
    public Guid? ArticleId { get; init; }
    /// <summary>The reason code (<see cref="RejectionReasons"/>) when the file was rejected.</summary>
    public string? RejectionReason { get; init; }
    public string? Detail { get; init; }
}
