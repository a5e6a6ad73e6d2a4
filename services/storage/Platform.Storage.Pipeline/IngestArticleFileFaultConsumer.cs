using MassTransit;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>The ingest stage failed for good on a <c>IngestArticleFile</c> (not in its own logic, which rejects by itself): recorded as a rejection.</summary>
public sealed class IngestArticleFileFaultConsumer(IArticleStore store) : IConsumer<Fault<IngestArticleFile>>
{
    public Task Consume(ConsumeContext<Fault<IngestArticleFile>> context)
    {
        var m = context.Message.Message;
        return StageFaultRecorder.RecordAsync(store, context, m.SubmissionId, m.CorrelationId, null, m.FileName,
            PipelineStages.Ingest, StageRejection.InternalErrorReason);
    }
}
