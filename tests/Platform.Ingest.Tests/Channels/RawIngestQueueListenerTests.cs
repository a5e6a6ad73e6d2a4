using System.Text;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Ingest.Channels;
using Platform.Ingest.Decoding;
using Platform.Ingest.Intake;
using Platform.Messaging;
using RabbitMQ.Client;

namespace Platform.Ingest.Tests.Channels;

/// <summary>
/// The raw <c>ingest</c> listener against the real broker, on a fresh vhost where nothing is bound yet: a delivery is acked
/// only once its forward was routed to a queue, so a file cannot vanish into an exchange nobody listens to.
/// </summary>
public sealed class RawIngestQueueListenerTests
{
    private static readonly byte[] Article = Encoding.UTF8.GetBytes("Harbor board approves the eastern quay plan\nThe board approved the plan on Monday.\n");
    private const string RejectionExchange = "Platform.Contracts:ArticleRejected";

    [InfrastructureFact]
    public async Task A_file_whose_forward_cannot_be_routed_stays_on_the_queue_until_it_can()
    {
        await using var vhost = await FreshVirtualHost.CreateAsync();
        await using var broker = await BrokerChannel.OpenAsync(vhost.Settings);
        await using var bus = await StartedBusAsync(vhost.Settings);
        await broker.PublishRawAsync(Article);

        // No queue is bound to ingest-files yet: the listener must not ack.
        await RunListenerAsync(vhost.Settings, bus.Bus, new IngestOptions(), TimeSpan.FromSeconds(4));
        Assert.Equal(1u, await broker.ReadyCountAsync(QueueNames.RawIngest));

        // Once the destination exists, the same delivery goes through and is acked.
        await broker.BindQueueAsync(QueueNames.IngestFiles, QueueNames.IngestFiles);
        await RunListenerAsync(vhost.Settings, bus.Bus, new IngestOptions(), TimeSpan.FromSeconds(4));
        Assert.Equal(0u, await broker.ReadyCountAsync(QueueNames.RawIngest));
        Assert.Equal(1u, await broker.ReadyCountAsync(QueueNames.IngestFiles));
    }

    [InfrastructureFact]
    public async Task An_oversize_file_whose_rejection_cannot_be_routed_stays_on_the_queue_until_it_can()
    {
        await using var vhost = await FreshVirtualHost.CreateAsync();
        await using var broker = await BrokerChannel.OpenAsync(vhost.Settings);
        await using var bus = await StartedBusAsync(vhost.Settings);
        var small = new IngestOptions { MaxFileBytes = 10 };
        await broker.PublishRawAsync(Article);

        await RunListenerAsync(vhost.Settings, bus.Bus, small, TimeSpan.FromSeconds(4));
        Assert.Equal(1u, await broker.ReadyCountAsync(QueueNames.RawIngest));

        await broker.BindQueueAsync("rejections-seen", RejectionExchange);
        await RunListenerAsync(vhost.Settings, bus.Bus, small, TimeSpan.FromSeconds(4));
        Assert.Equal(0u, await broker.ReadyCountAsync(QueueNames.RawIngest));
        Assert.Equal(1u, await broker.ReadyCountAsync("rejections-seen"));
    }

    /// <summary>Runs the listener for a while, then stops it: whatever it did not ack is back on the queue.</summary>
    private static async Task RunListenerAsync(RabbitMqSettings settings, IBus bus, IngestOptions options, TimeSpan howLong)
    {
        using var listener = new RawIngestQueueListener(settings, new ArticleIntake(options, bus), NullLogger<RawIngestQueueListener>.Instance);
        await listener.StartAsync(CancellationToken.None);
        await Task.Delay(howLong);
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await listener.StopAsync(stopping.Token);
    }

    /// <summary>The platform's own bus registration on the vhost, with no consumers: nothing binds ingest-files.</summary>
    private static async Task<RunningBus> StartedBusAsync(RabbitMqSettings settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "RabbitMq",
            ["RabbitMq:Host"] = settings.Host,
            ["RabbitMq:Port"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = settings.VirtualHost,
            ["RabbitMq:Username"] = settings.Username,
            ["RabbitMq:Password"] = settings.Password,
        }).Build();
        var provider = new ServiceCollection().AddLogging().AddPlatformBus(configuration, _ => { }).BuildServiceProvider();
        var control = provider.GetRequiredService<IBusControl>();
        using var starting = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await control.StartAsync(starting.Token);
        return new RunningBus(provider, control);
    }

    private sealed class RunningBus(ServiceProvider provider, IBusControl control) : IAsyncDisposable
    {
        public IBus Bus => control;

        public async ValueTask DisposeAsync()
        {
            await control.StopAsync();
            await provider.DisposeAsync();
        }
    }

    /// <summary>A plain RabbitMQ.Client channel on the vhost: publishes raw files, binds queues, counts ready messages.</summary>
    private sealed class BrokerChannel(IConnection connection, IChannel channel) : IAsyncDisposable
    {
        public static async Task<BrokerChannel> OpenAsync(RabbitMqSettings settings)
        {
            var connection = await RawIngestQueue.ConnectionFactory(settings, "raw-listener-test").CreateConnectionAsync();
            var channel = await connection.CreateChannelAsync(RawIngestQueue.ConfirmedChannel);
            await RawIngestQueue.DeclareAsync(channel, CancellationToken.None);
            return new BrokerChannel(connection, channel);
        }

        public Task PublishRawAsync(byte[] content) =>
            RawIngestQueue.PublishAsync(channel, content, "story.txt", "text/plain", Guid.NewGuid(), CancellationToken.None);

        /// <summary>Binds a new queue to <paramref name="exchange"/> (fanout and durable, as MassTransit declares it).</summary>
        public async Task BindQueueAsync(string queue, string exchange)
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
            await channel.QueueBindAsync(queue, exchange, routingKey: "");
        }

        /// <summary>Ready messages in <paramref name="queue"/>, waiting (bounded) for requeued ones to settle back.</summary>
        public async Task<uint> ReadyCountAsync(string queue)
        {
            uint count = 0;
            for (var attempt = 0; attempt < 20; attempt++)
            {
                count = (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
                if (count > 0)
                {
                    return count;
                }
                await Task.Delay(100);
            }
            return count;
        }

        public async ValueTask DisposeAsync()
        {
            await channel.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
