namespace Platform.Storage.Persistence;

/// <summary>Row of <c>submissions</c>, the processed-message ledger keyed on the correlation id.</summary>
public sealed class SubmissionRow
{
    public Guid CorrelationId { get; set; }
    public required string SubmissionId { get; set; }
    public string? FileName { get; set; }
    /// <summary>One of <see cref="SubmissionStatus"/>.</summary>
    public required string Status { get; set; }
    public Guid? ArticleId { get; set; }
    public string? Stage { get; set; }
    public string? Reason { get; set; }
    public string? Detail { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
