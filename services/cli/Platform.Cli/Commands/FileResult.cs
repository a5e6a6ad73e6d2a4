using Platform.Storage.Persistence;

namespace Platform.Cli.Commands;

/// <summary>What happened to one input file: its outcome and, for stored or duplicate articles, the stored record.</summary>
public sealed record FileResult(
    string File,
    string Status,
    string? SubmissionId,
    string? Reason,
    string? Detail,
    Guid? ArticleId,
    Guid? DuplicateOf,
    StoredArticle? Stored);
