namespace Platform.Storage.Persistence;

/// <summary>One ledger entry: the final outcome of one submission (one correlation id).</summary>
public sealed record SubmissionRecord(
    Guid CorrelationId,
    string SubmissionId,
    string? FileName,
    string Status,
    Guid? ArticleId,
    string? Stage,
    string? Reason,
    string? Detail,
    DateTimeOffset RecordedAt);
