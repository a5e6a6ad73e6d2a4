using System.Collections.Concurrent;

namespace Platform.Cli.Embedded;

/// <summary>Lets the CLI wait for the outcome of each submission it sent, keyed by correlation id.</summary>
public sealed class SubmissionOutcomeTracker
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<SubmissionOutcome>> _pending = new();

    public Task<SubmissionOutcome> Expect(Guid correlationId) =>
        _pending.GetOrAdd(correlationId, _ => new TaskCompletionSource<SubmissionOutcome>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Complete(Guid correlationId, SubmissionOutcome outcome) =>
        _pending.GetOrAdd(correlationId, _ => new TaskCompletionSource<SubmissionOutcome>(TaskCreationOptions.RunContinuationsAsynchronously))
            .TrySetResult(outcome);
}
