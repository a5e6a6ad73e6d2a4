using MassTransit;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Storage.Availability;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>
/// Records a rejection (idempotently, the database decides) and tells the submitter it is recorded. The write is held
/// through a database outage, so a rejection (or a stage's fault) waits for the database instead of failing.
/// </summary>
public static class RejectionRecorder
{
    public static async Task RecordAsync(IArticleStore store, DatabaseWriteHold hold, ConsumeContext context, ArticleRejected rejection)
    {
        await hold.RunAsync(ct => store.RecordRejectionAsync(rejection, ct), context.CancellationToken);
        await context.Publish(ArticleRejections.Recorded(rejection), context.CancellationToken);
    }
}
