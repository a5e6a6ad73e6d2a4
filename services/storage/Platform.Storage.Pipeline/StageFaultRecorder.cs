using MassTransit;
using Platform.Contracts;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>
/// Records a stage's permanent failure on a message (its <see cref="Fault{T}"/>, published after bounded retry) as a rejection,
/// so the submission still ends with an outcome. The failed message itself stays in the stage's <c>_error</c> queue.
/// </summary>
public static class StageFaultRecorder
{
    public static async Task RecordAsync<T>(IArticleStore store, ConsumeContext<Fault<T>> context, string submissionId,
        Guid correlationId, Guid? articleId, string? fileName, string stage, string reason)
        where T : class
    {
        var error = context.Message.Exceptions.FirstOrDefault();
        var rejection = new ArticleRejected
        {
            SubmissionId = submissionId,
            CorrelationId = correlationId,
            ArticleId = articleId,
            FileName = fileName,
            Stage = stage,
            Reason = reason,
            Detail = $"The {stage} stage failed on this article after retrying: {error?.ExceptionType}: {error?.Message}",
            RejectedAt = DateTimeOffset.UtcNow,
        };
        await store.RecordRejectionAsync(rejection, context.CancellationToken);
        await context.Publish(new ArticleRejectionRecorded
        {
            SubmissionId = rejection.SubmissionId,
            CorrelationId = rejection.CorrelationId,
            FileName = rejection.FileName,
            Stage = rejection.Stage,
            Reason = rejection.Reason,
            Detail = rejection.Detail,
        }, context.CancellationToken);
    }
}
