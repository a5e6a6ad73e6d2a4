using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Storage.Availability;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>
/// Consumes the <c>dead-letters</c> queue: a message RabbitMQ dead-lettered from a stage queue (handed out more often than the
/// delivery limit) is recorded as a <c>poison-message</c> rejection of its submission, with the stage that could not get
/// past it and the <c>x-death</c> reason, unless the submission already has an outcome (a message that was stored or
/// rejected before it came back, e.g. redelivered after a crash): exactly one outcome per submission. Dead-lettered faults
/// (from <c>storage-faults</c>) and rejections are read the same way, through the article message they carry.
/// </summary>
public sealed class DeadLetterConsumer(IArticleStore store, DatabaseWriteHold hold, ILogger<DeadLetterConsumer> logger) :
    IConsumer<IngestArticleFile>,
    IConsumer<ArticleIngested>,
    IConsumer<ArticleProvenanceResolved>,
    IConsumer<ArticleExtracted>,
    IConsumer<ArticleRejected>,
    IConsumer<Fault<IngestArticleFile>>,
    IConsumer<Fault<ArticleIngested>>,
    IConsumer<Fault<ArticleProvenanceResolved>>,
    IConsumer<Fault<ArticleExtracted>>,
    IConsumer<Fault<ArticleRejected>>
{
    public Task Consume(ConsumeContext<IngestArticleFile> context) => Record(context, context.Message, PipelineStages.Ingest);

    public Task Consume(ConsumeContext<ArticleIngested> context) => Record(context, context.Message, PipelineStages.Provenance);

    public Task Consume(ConsumeContext<ArticleProvenanceResolved> context) => Record(context, context.Message, PipelineStages.Extraction);

    public Task Consume(ConsumeContext<ArticleExtracted> context) => Record(context, context.Message, PipelineStages.Storage);

    public Task Consume(ConsumeContext<ArticleRejected> context) => Record(context, context.Message, PipelineStages.Storage);

    public Task Consume(ConsumeContext<Fault<IngestArticleFile>> context) => Record(context, context.Message.Message, PipelineStages.Storage);

    public Task Consume(ConsumeContext<Fault<ArticleIngested>> context) => Record(context, context.Message.Message, PipelineStages.Storage);

    public Task Consume(ConsumeContext<Fault<ArticleProvenanceResolved>> context) => Record(context, context.Message.Message, PipelineStages.Storage);

    public Task Consume(ConsumeContext<Fault<ArticleExtracted>> context) => Record(context, context.Message.Message, PipelineStages.Storage);

    public Task Consume(ConsumeContext<Fault<ArticleRejected>> context) => Record(context, context.Message.Message, PipelineStages.Storage);

    private async Task Record(ConsumeContext context, IArticleMessage message, string stage)
    {
        var death = DeadLetterDeath.From(context.Headers.GetAll().Select(h => new KeyValuePair<string, object?>(h.Key, h.Value)))
            ?? new DeadLetterDeath(DeadLetterDeath.Unknown, DeadLetterDeath.Unknown, 1, null);
        // the outcome check reads the database: held through an outage like the write
        if (await hold.RunAsync(token => store.FindSubmissionAsync(message.CorrelationId, token), context.CancellationToken) is { } outcome)
        {
            logger.LogWarning("Dead letter of {FileName} from {Queue} ({Reason}) ignored: the submission is already {Status}",
                message.FileName, death.Queue, death.Reason, outcome.Status);
            return;
        }
        var rejection = ArticleRejections.PoisonMessage(message, stage, death);
        logger.LogWarning("Dead letter of {FileName} from {Queue} ({Reason}, {Count} time(s)) recorded as {Reason2}",
            message.FileName, death.Queue, death.Reason, death.Count, RejectionReasons.PoisonMessage);
        await RejectionRecorder.RecordAsync(store, hold, context, rejection);
    }
}
