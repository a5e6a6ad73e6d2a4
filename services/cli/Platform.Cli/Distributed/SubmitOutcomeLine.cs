using Platform.Cli.Embedded;
using Platform.Contracts;
using Platform.Storage.Persistence;
using Platform.Storage.Queries;

namespace Platform.Cli.Distributed;

/// <summary>
/// <c>submit --wait</c>'s line for one file: the <c>process --json</c> contract (<see cref="ArticleJsonLine"/>), its outcome
/// keys from storage's event and its article keys from the stored article when a database was given (null otherwise).
/// </summary>
public static class SubmitOutcomeLine
{
    public static string Write(string file, string submissionId, SubmissionOutcome? outcome, StoredArticle? stored, TimeSpan timeout) =>
        ArticleJsonLine.Write(Head(file, submissionId, outcome, timeout), stored);

    public static ArticleLineHead Head(string file, string submissionId, SubmissionOutcome? outcome, TimeSpan timeout) => outcome switch
    {
        null => new ArticleLineHead(file, SubmissionStatus.Rejected, RejectionReasons.NoOutcome,
            $"No outcome arrived for this file within {timeout.TotalSeconds:0} s; it may still be on its way (see 'platform failures list').",
            submissionId, null, null),
        { Status: SubmissionStatus.Rejected } => new ArticleLineHead(file, outcome.Status, outcome.Reason, outcome.Detail, submissionId, null, null),
        _ => new ArticleLineHead(file, outcome.Status, null, null, submissionId, outcome.ArticleId, outcome.DuplicateOf),
    };
}
