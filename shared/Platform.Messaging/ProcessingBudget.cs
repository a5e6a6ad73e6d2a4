using System.Text.RegularExpressions;

namespace Platform.Messaging;

/// <summary>
/// One message's processing budget inside a stage: a token that is cancelled when <see cref="ProcessingBudgetOptions.PerMessage"/>
/// has passed (or the consume is cancelled), for the domain work to check in its long loops, and the test of whether a
/// failure means the budget ran out (or a regex hit its match timeout) rather than a bug or a shutdown.
/// </summary>
public sealed class ProcessingBudget : IDisposable
{
    private readonly CancellationTokenSource budget;
    private readonly CancellationToken outer;

    public ProcessingBudget(ProcessingBudgetOptions options, CancellationToken outer)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.outer = outer;
        Limit = options.PerMessage;
        budget = CancellationTokenSource.CreateLinkedTokenSource(outer);
        // (a budget under the timer's one-millisecond resolution is spent before the work starts: cancelled now, not
        // whenever a busy thread pool gets to the timer)
        if (options.PerMessage < TimeSpan.FromMilliseconds(1)) budget.Cancel();
        else budget.CancelAfter(options.PerMessage);
    }

    public TimeSpan Limit { get; }

    /// <summary>Cancelled when the budget runs out or the consume is cancelled.</summary>
    public CancellationToken Token => budget.Token;

    /// <summary>
    /// True when <paramref name="error"/> means the input took too long: a regex match timeout, or this budget's own
    /// cancellation (not the consumer's: a shutdown is not the article's fault).
    /// </summary>
    public bool IsExceededBy(Exception error) =>
        error is RegexMatchTimeoutException
        || (error is OperationCanceledException && budget.IsCancellationRequested && !outer.IsCancellationRequested);

    public void Dispose() => budget.Dispose();
}
