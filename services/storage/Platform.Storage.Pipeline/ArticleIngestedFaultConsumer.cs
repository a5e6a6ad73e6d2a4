using MassTransit;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>The provenance stage failed for good on a <c>ArticleIngested</c> (not in its own logic, which rejects by itself): recorded as a rejection.</summary>
public sealed class ArticleIngestedFaultConsumer(IArticleStore store) : IConsumer<Fault<ArticleIngested>>
{
    public Task Consume(ConsumeContext<Fault<ArticleIngested>> context)
    {
        var m = context.Message.Message;
        return StageFaultRecorder.RecordAsync(store, context, m.SubmissionId, m.CorrelationId, m.ArticleId, m.Article.FileName,
            PipelineStages.Provenance, StageRejection.InternalErrorReason);
    }
}
