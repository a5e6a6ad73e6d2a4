namespace Platform.Contracts;

/// <summary>Event: a stage rejected a submission for a permanent reason. Storage records it.</summary>
public sealed record ArticleRejected : IArticleMessage
{
    public int SchemaVersion { get; init; } = MessageSchema.Version;
    public required string SubmissionId { get; init; }
    public required Guid CorrelationId { get; init; }
    /// <summary>Null when the file never became an article (e.g. rejected by ingest).</summary>
    public Guid? ArticleId { get; init; }
    public string? FileName { get; init; }
    /// <summary>The stage that rejected it: <c>ingest</c>, <c>provenance</c>, <c>extraction</c>, <c>storage</c>.</summary>
    public required string Stage { get; init; }
    /// <summary>A stable reason code, e.g. <c>empty-file</c>, <c>binary-content</c>, <c>too-large</c>.</summary>
    public required string Reason { get; init; }
    public required string Detail { get; init; }
    public required DateTimeOffset RejectedAt { get; init; }
}
