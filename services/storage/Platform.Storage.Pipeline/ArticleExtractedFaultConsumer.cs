using MassTransit;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>Storing an article failed for good: recorded as a <c>storage-failure</c> rejection.</summary>
public sealed class ArticleExtractedFaultConsumer(IArticleStore store) : IConsumer<Fault<ArticleExtracted>>
{
    public const string Reason = "storage-failure";

    public Task Consume(ConsumeContext<Fault<ArticleExtracted>> context)
    {
        var m = context.Message.Message;
        return StageFaultRecorder.RecordAsync(store, context, m.SubmissionId, m.CorrelationId, m.ArticleId, m.Article.FileName,
            PipelineStages.Storage, Reason);
    }
}
