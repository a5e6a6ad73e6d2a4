using Npgsql;

namespace Platform.EndToEnd.Tests;

/// <summary>
/// Stops and starts the PostgreSQL server of the infrastructure these tests run against (<c>deploy/infra.sh postgres
/// stop|start</c>: <c>pg_ctl stop -m fast</c>, data kept), as an outage would. Disposing starts it again, so a failed test
/// never leaves the database down for the tests after it.
/// </summary>
public sealed class PostgresOutage : IAsyncDisposable
{
    private bool _stopped;

    public async Task StopAsync()
    {
        _stopped = true;
        await InfraAsync("stop");
    }

    /// <summary>Starts the server again and drops this process's pooled connections, which died with the old server.</summary>
    public async Task StartAsync()
    {
        await InfraAsync("start");
        _stopped = false;
        NpgsqlConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            await StartAsync();
        }
    }

    private static Task InfraAsync(string action) => BoundedProcess.InfraAsync("postgres", action, TimeSpan.FromSeconds(90));
}
