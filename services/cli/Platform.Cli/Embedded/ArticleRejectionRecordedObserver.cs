using MassTransit;
using Platform.Contracts;

namespace Platform.Cli.Embedded;

/// <summary>Hands the recorded rejection of a submission to the waiting CLI.</summary>
public sealed class ArticleRejectionRecordedObserver(SubmissionOutcomeTracker tracker) : IConsumer<ArticleRejectionRecorded>
{
    public Task Consume(ConsumeContext<ArticleRejectionRecorded> context)
    {
        var m = context.Message;
        tracker.Complete(m.CorrelationId, new SubmissionOutcome(SubmissionStatus.Rejected, null, null, m.Stage, m.Reason, m.Detail));
        return Task.CompletedTask;
    }
}
