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

    private static Task InfraAsync(string action) => BoundedProcess.InfraAsync("rabbitmq", action, TimeSpan.FromSeconds(150));
}
