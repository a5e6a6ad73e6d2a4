using Platform.Contracts;

namespace Platform.Messaging;

/// <summary>
/// The one place an <see cref="ArticleRejected"/> is built, from the header of the message being refused, and the one
/// place its <see cref="ArticleRejectionRecorded"/> answer is built: every way in and every stage words a rejection alike.
/// </summary>
public static class ArticleRejections
{
    public static ArticleRejected For(IArticleMessage message, string stage, string reason, string detail) => new()
    {
        SubmissionId = message.SubmissionId,
        CorrelationId = message.CorrelationId,
        ArticleId = message.ArticleId,
        FileName = message.FileName,
        Stage = stage,
        Reason = reason,
        Detail = detail,
        RejectedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>A stage's own logic threw on the message: deterministic, so no retry can help.</summary>
    public static ArticleRejected StageFailure(IArticleMessage message, string stage, Exception error) =>
        For(message, stage, RejectionReasons.StageFailure,
            $"The {stage} stage could not process this article: {error.GetType().Name}: {error.Message}");

    /// <summary>The stage's work ran past its processing budget or a regex match timeout: the input is pathological, so no retry.</summary>
    public static ArticleRejected ProcessingTimeout(IArticleMessage message, string stage, TimeSpan budget, Exception error) =>
        For(message, stage, RejectionReasons.ProcessingTimeout, error is System.Text.RegularExpressions.RegexMatchTimeoutException
            ? $"The {stage} stage gave up on this article: a text pattern ran past its {Platform.Contracts.RegexMatchTimeout.PerMatch.TotalSeconds:0.#} s match timeout."
            : $"The {stage} stage gave up on this article: processing ran past its {budget.TotalSeconds:0.#} s budget.");

    /// <summary>A stage failed on the message after its retries (a <c>Fault</c>), e.g. because the database was away.</summary>
    public static ArticleRejected AfterRetries(IArticleMessage message, string stage, string reason, string? exceptionType, string? exceptionMessage) =>
        For(message, stage, reason, $"The {stage} stage failed on this article after retrying: {exceptionType}: {exceptionMessage}");

    /// <summary>RabbitMQ dead-lettered a message of this submission (see <see cref="DeadLetterDeath"/>).</summary>
    public static ArticleRejected PoisonMessage(IArticleMessage message, string stage, DeadLetterDeath death) =>
        For(message, stage, RejectionReasons.PoisonMessage,
            $"RabbitMQ dead-lettered this article's message from queue '{death.Queue}' ({death.Reason}, {death.Count} time(s)): " +
            $"it was delivered more often than the queue's delivery limit, so it kept failing or crashing the {stage} stage.");

    /// <summary>A file refused before any stage read it (too large to carry, unreadable), by the way in that received it.</summary>
    public static ArticleRejected AtIntake(string submissionId, Guid correlationId, string? fileName, string reason, string detail) =>
        For(new IntakeHeader(submissionId, correlationId, fileName), PipelineStages.Ingest, reason, detail);

    public static ArticleRejectionRecorded Recorded(ArticleRejected rejection) => new()
    {
        SubmissionId = rejection.SubmissionId,
        CorrelationId = rejection.CorrelationId,
        FileName = rejection.FileName,
        Stage = rejection.Stage,
        Reason = rejection.Reason,
        Detail = rejection.Detail,
    };

    private sealed record IntakeHeader(string SubmissionId, Guid CorrelationId, string? FileName) : IArticleMessage
    {
        public Guid? ArticleId => null;
    }
}
