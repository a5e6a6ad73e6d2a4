using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Platform.Storage.Availability;

/// <summary>
/// Runs a database write and holds it through an outage: when the write fails in a way that could be the database being
/// out of reach (<see cref="DatabaseOutageClassifier"/>) <em>and</em> the database then fails the probe, it waits until
/// the database answers and writes again, for as long as that takes; the message being handled stays in flight, so no
/// outage turns it into a fault, a rejection or an <c>_error</c> entry. Any other failure (the database answers, or the
/// error is about the data) is thrown at once, for the normal bounded retry. Only cancellation (shutdown) ends a hold.
/// Writes must be safe to repeat (the store's are: every write is keyed).
/// </summary>
public sealed class DatabaseWriteHold(DatabaseAvailability availability, ILogger<DatabaseWriteHold>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<DatabaseWriteHold>.Instance;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(write);
        while (true)
        {
            try
            {
                return await write(ct);
            }
            catch (Exception error) when (!ct.IsCancellationRequested && DatabaseOutageClassifier.CouldBeOutage(error))
            {
                if (await availability.ProbeAsync(ct))
                {
                    throw; // the database answers: not an outage
                }
                _logger.LogWarning("A write failed and the database does not answer ({Error}); holding the message until it does",
                    error.Message);
            }
            await availability.WaitUntilAvailableAsync(ct);
        }
    }

    public Task RunAsync(Func<CancellationToken, Task> write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(write);
        return RunAsync(async token =>
        {
            await write(token);
            return true;
        }, ct);
    }
}
