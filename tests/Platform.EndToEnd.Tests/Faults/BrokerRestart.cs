using System.Diagnostics;

namespace Platform.EndToEnd.Tests.Faults;

/// <summary>
/// Stops and starts the RabbitMQ application on the test infrastructure's node (<c>deploy/infra.sh rabbitmq stop|start</c>:
/// <c>rabbitmqctl stop_app</c> / <c>start_app</c>, data kept), as a broker restart would. Disposing starts it again, so a
/// failed test never leaves the broker down.
/// </summary>
public sealed class BrokerRestart : IAsyncDisposable
{
    private bool _stopped;

    public async Task StopAsync()
    {
        _stopped = true;
        await InfraAsync("stop");
    }

    public async Task StartAsync()
    {
        await InfraAsync("start");
        _stopped = false;
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
        var start = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "deploy", "infra.sh"));
        start.ArgumentList.Add("rabbitmq");
        start.ArgumentList.Add(action);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not run deploy/infra.sh");
        var output = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(150));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"deploy/infra.sh rabbitmq {action} exited with {process.ExitCode}: {await output}");
    }
}
