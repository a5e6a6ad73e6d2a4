using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>
/// When storing an article failed for good (after bounded retry), records the failure as a rejection so the submission still
/// ends with an outcome; the failed message itself stays in <c>storage_error</c> for an operator to inspect and move back.
/// </summary>
public sealed class ArticleExtractedFaultConsumer(IArticleStore store, ILogger<ArticleExtractedFaultConsumer> logger)
    : IConsumer<Fault<ArticleExtracted>>
{
    public const string Reason = "storage-failure";

    public async Task Consume(ConsumeContext<Fault<ArticleExtracted>> context)
    {
        var failed = context.Message.Message;
        var error = context.Message.Exceptions.FirstOrDefault();
        var rejection = new ArticleRejected
        {
            SubmissionId = failed.SubmissionId,
            CorrelationId = failed.CorrelationId,
            ArticleId = failed.ArticleId,
            FileName = failed.Article.FileName,
            Stage = PipelineStages.Storage,
            Reason = Reason,
            Detail = $"The article could not be stored: {error?.ExceptionType}: {error?.Message}",
            RejectedAt = DateTimeOffset.UtcNow,
        };
        await store.RecordRejectionAsync(rejection, context.CancellationToken);
        logger.LogError("Storing article {ArticleId} from {FileName} failed; recorded as {Reason}", failed.ArticleId, failed.Article.FileName, Reason);
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
