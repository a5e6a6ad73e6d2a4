using MassTransit;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>The extraction stage failed for good on a <c>ArticleProvenanceResolved</c> (not in its own logic, which rejects by itself): recorded as a rejection.</summary>
public sealed class ArticleProvenanceResolvedFaultConsumer(IArticleStore store) : IConsumer<Fault<ArticleProvenanceResolved>>
{
    public Task Consume(ConsumeContext<Fault<ArticleProvenanceResolved>> context)
    {
        var m = context.Message.Message;
        return StageFaultRecorder.RecordAsync(store, context, m.SubmissionId, m.CorrelationId, m.ArticleId, m.Article.FileName,
            PipelineStages.Extraction, StageRejection.InternalErrorReason);
    }
}
