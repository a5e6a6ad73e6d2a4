using MassTransit;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>Records a rejection (idempotently, the database decides) and tells the submitter it is recorded.</summary>
public static class RejectionRecorder
{
    public static async Task RecordAsync(IArticleStore store, ConsumeContext context, ArticleRejected rejection)
    {
        await store.RecordRejectionAsync(rejection, context.CancellationToken);
        await context.Publish(ArticleRejections.Recorded(rejection), context.CancellationToken);
    }
}
