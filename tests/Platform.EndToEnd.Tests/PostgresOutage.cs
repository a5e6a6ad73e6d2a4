using System.Diagnostics;
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

    private static async Task InfraAsync(string action)
    {
        var start = new ProcessStartInfo("bash")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "deploy", "infra.sh"));
        start.ArgumentList.Add("postgres");
        start.ArgumentList.Add(action);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not run deploy/infra.sh");
        var output = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"deploy/infra.sh postgres {action} exited with {process.ExitCode}: {await output}");
    }
}
