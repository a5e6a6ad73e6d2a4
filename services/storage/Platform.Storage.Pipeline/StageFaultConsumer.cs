using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Storage.Availability;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>
/// A stage failed for good on a message (its <see cref="Fault{T}"/>, published after the stage's bounded retry): the
/// failure is recorded as a rejection (and a rejection that could not be recorded is recorded here), so the submission
/// still ends with an outcome. The failed message itself stays in the stage's <c>_error</c> queue. Recording is held
/// through a database outage like any storage write. One consumer for every stage's faults, on one endpoint with one
/// retry policy.
/// </summary>
public sealed class StageFaultConsumer(IArticleStore store, DatabaseWriteHold hold, ILogger<StageFaultConsumer> logger) :
    IConsumer<Fault<IngestArticleFile>>,
    IConsumer<Fault<ArticleIngested>>,
    IConsumer<Fault<ArticleProvenanceResolved>>,
    IConsumer<Fault<ArticleExtracted>>,
    IConsumer<Fault<ArticleRejected>>
{
    public Task Consume(ConsumeContext<Fault<IngestArticleFile>> context) => Record(context, PipelineStages.Ingest, RejectionReasons.StageFailure);

    public Task Consume(ConsumeContext<Fault<ArticleIngested>> context) => Record(context, PipelineStages.Provenance, RejectionReasons.StageFailure);

    public Task Consume(ConsumeContext<Fault<ArticleProvenanceResolved>> context) => Record(context, PipelineStages.Extraction, RejectionReasons.StageFailure);

    public Task Consume(ConsumeContext<Fault<ArticleExtracted>> context) => Record(context, PipelineStages.Storage, RejectionReasons.StorageFailure);

    /// <summary>
    /// Recording a rejection failed for good (the database away for longer than the rejection endpoint's retry): the rejection
    /// is recorded here, later and on its own retry, as it was, so the file still ends with its one outcome.
    /// </summary>
    public async Task Consume(ConsumeContext<Fault<ArticleRejected>> context)
    {
        var rejection = context.Message.Message;
        logger.LogWarning("Recording the rejection of {FileName} failed for good; recording it again: {Error}",
            rejection.FileName, context.Message.Exceptions.FirstOrDefault()?.Message);
        await RejectionRecorder.RecordAsync(store, hold, context, rejection);
    }

    private async Task Record<T>(ConsumeContext<Fault<T>> context, string stage, string reason)
        where T : class, IArticleMessage
    {
        var error = context.Message.Exceptions.FirstOrDefault();
        var rejection = ArticleRejections.AfterRetries(context.Message.Message, stage, reason, error?.ExceptionType, error?.Message);
        logger.LogWarning("The {Stage} stage failed for good on {FileName}: {Error}", stage, rejection.FileName, error?.Message);
        await RejectionRecorder.RecordAsync(store, hold, context, rejection);
    }
}
