using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Platform.Storage.Availability;

/// <summary>
/// The database-availability monitor: asks the <see cref="IDatabaseProbe"/> (each probe bounded by
/// <see cref="AvailabilityTimings.ProbeTimeout"/>), remembers the last answer for readiness, logs when the database goes
/// away and comes back, and waits with backoff until it answers again. Every wait ends when the caller's token is cancelled
/// (shutdown).
/// </summary>
public sealed class DatabaseAvailability(IDatabaseProbe probe, AvailabilityTimings timings, ILogger<DatabaseAvailability>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<DatabaseAvailability>.Instance;
    private int _lastAnswer = Unknown;
    private const int Unknown = 0, Answered = 1, Silent = 2;

    /// <summary>The last probe's answer: true, false, or null before the first probe.</summary>
    public bool? LastAnswered => Volatile.Read(ref _lastAnswer) switch { Answered => true, Silent => false, _ => null };

    /// <summary>Probes once. A probe that throws or outlasts the probe timeout counts as no answer; cancellation of
    /// <paramref name="ct"/> is thrown.</summary>
    public async Task<bool> ProbeAsync(CancellationToken ct)
    {
        bool answered;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            timeout.CancelAfter(timings.ProbeTimeout);
            try
            {
                answered = await probe.AnswersAsync(timeout.Token);
            }
            catch (Exception error) when (!ct.IsCancellationRequested)
            {
                _logger.LogDebug(error, "Database probe failed");
                answered = false;
            }
        }
        Record(answered);
        return answered;
    }

    /// <summary>Returns once the database answers; probes at growing intervals (initial delay doubling up to the maximum).</summary>
    public async Task WaitUntilAvailableAsync(CancellationToken ct)
    {
        var delay = timings.InitialDelay;
        while (!await ProbeAsync(ct))
        {
            await Task.Delay(delay, ct);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, timings.MaximumDelay.Ticks));
        }
    }

    private void Record(bool answered)
    {
        var previous = Interlocked.Exchange(ref _lastAnswer, answered ? Answered : Silent);
        if (answered && previous == Silent)
        {
            _logger.LogWarning("The database answers again: held messages are written now");
        }
        else if (!answered && previous != Silent)
        {
            _logger.LogWarning("The database does not answer: storage holds its messages until it does");
        }
    }
}
