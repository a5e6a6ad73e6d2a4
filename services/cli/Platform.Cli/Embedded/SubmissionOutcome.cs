namespace Platform.Cli.Embedded;

/// <summary>The final outcome of one submission as storage announced it.</summary>
public sealed record SubmissionOutcome(string Status, Guid? ArticleId, Guid? DuplicateOf, string? Stage, string? Reason, string? Detail);
