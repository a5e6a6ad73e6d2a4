using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace Platform.Storage.Availability;

/// <summary>
/// Says whether a failed write <em>could</em> be the database being out of reach (refused or dropped connections, socket
/// and timeout errors, PostgreSQL shutting down or not accepting connections yet). It only nominates: a failure is held as an
/// outage only when the database then also fails the probe (<see cref="DatabaseWriteHold"/>). A failure the database itself
/// reported about the data (a constraint, a bad value, a full disk while it still answers) is never an outage.
/// </summary>
public static class DatabaseOutageClassifier
{
    /// <summary>PostgreSQL error codes that mean "not reachable now": admin or crash shutdown, cannot connect now, too many connections.</summary>
    private static readonly HashSet<string> UnavailableStates = ["57P01", "57P02", "57P03", "53300"];

    public static bool CouldBeOutage(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Chain(error).Any(IsConnectionFailure);
    }

    private static bool IsConnectionFailure(Exception error) => error switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || UnavailableStates.Contains(postgres.SqlState),
        NpgsqlException => true, // raised by the client itself: connecting, reading or writing the socket, timeouts
        SocketException or TimeoutException => true,
        DbException db => db.IsTransient,
        _ => false,
    };

    /// <summary>The error and every error it wraps (inner exceptions, all of an aggregate's), outermost first; a database
    /// error's own verdict wins over a wrapper, so a <see cref="PostgresException"/> about the data is not rescued by an inner one.</summary>
    private static IEnumerable<Exception> Chain(Exception error)
    {
        var pending = new Stack<Exception>([error]);
        var seen = 0;
        while (pending.Count > 0 && seen++ < 32)
        {
            var current = pending.Pop();
            yield return current;
            if (current is PostgresException)
            {
                continue;
            }
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.Reverse())
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is not null)
            {
                pending.Push(current.InnerException);
            }
        }
    }
}
