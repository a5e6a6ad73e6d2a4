using MassTransit;
using Platform.Contracts;

namespace Platform.Cli.Embedded;

/// <summary>Hands the stored/duplicate outcome of a submission to the waiting CLI.</summary>
public sealed class ArticleStoredObserver(SubmissionOutcomeTracker tracker) : IConsumer<ArticleStored>
{
    public Task Consume(ConsumeContext<ArticleStored> context)
    {
        var m = context.Message;
        tracker.Complete(m.CorrelationId, new SubmissionOutcome(m.Status, m.ArticleId, m.DuplicateOf, null, null, null));
        return Task.CompletedTask;
    }
}
