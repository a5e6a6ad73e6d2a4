using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Pipeline.Tests;

/// <summary>Starts MassTransit's test harness over a stage's real registration extension.</summary>
public sealed class StageHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private StageHarness(ServiceProvider provider, ITestHarness harness)
    {
        _provider = provider;
        Harness = harness;
    }

    public ITestHarness Harness { get; }
    public IServiceProvider Services => _provider;

    public static async Task<StageHarness> StartAsync(Action<IBusRegistrationConfigurator> register,
        Func<IServiceProvider, Task>? beforeStart = null)
    {
        var provider = new ServiceCollection()
            .AddLogging()
            .AddMassTransitTestHarness(x =>
            {
                x.DisableUsageTelemetry();
                register(x);
            })
            .BuildServiceProvider(true);
        if (beforeStart is not null)
        {
            await using var scope = provider.CreateAsyncScope();
            await beforeStart(scope.ServiceProvider);
        }
        var harness = provider.GetRequiredService<ITestHarness>();
        harness.TestTimeout = TimeSpan.FromSeconds(30);
        await harness.Start();
        return new StageHarness(provider, harness);
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
