using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Storage.Availability;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>
/// A stage failed for good on a message (its <see cref="Fault{T}"/>, published after the stage's bounded retry): the
/// failure is recorded as a rejection, so the submission still ends with an outcome. The failed message itself stays in
/// the stage's <c>_error</c> queue. Recording is held through a database outage like any storage write. One consumer for every stage's faults, on one endpoint with one retry policy.
/// </summary>
public sealed class StageFaultConsumer(IArticleStore store, DatabaseWriteHold hold, ILogger<StageFaultConsumer> logger) :
    IConsumer<Fault<IngestArticleFile>>,
    IConsumer<Fault<ArticleIngested>>,
    IConsumer<Fault<ArticleProvenanceResolved>>,
    IConsumer<Fault<ArticleExtracted>>
{
    public Task Consume(ConsumeContext<Fault<IngestArticleFile>> context) => Record(context, PipelineStages.Ingest, RejectionReasons.StageFailure);

    public Task Consume(ConsumeContext<Fault<ArticleIngested>> context) => Record(context, PipelineStages.Provenance, RejectionReasons.StageFailure);

    public Task Consume(ConsumeContext<Fault<ArticleProvenanceResolved>> context) => Record(context, PipelineStages.Extraction, RejectionReasons.StageFailure);

    public Task Consume(ConsumeContext<Fault<ArticleExtracted>> context) => Record(context, PipelineStages.Storage, RejectionReasons.StorageFailure);

    private async Task Record<T>(ConsumeContext<Fault<T>> context, string stage, string reason)
        where T : class, IArticleMessage
    {
        var error = context.Message.Exceptions.FirstOrDefault();
        var rejection = ArticleRejections.AfterRetries(context.Message.Message, stage, reason, error?.ExceptionType, error?.Message);
        logger.LogWarning("The {Stage} stage failed for good on {FileName}: {Error}", stage, rejection.FileName, error?.Message);
        await RejectionRecorder.RecordAsync(store, hold, context, rejection);
    }
}
