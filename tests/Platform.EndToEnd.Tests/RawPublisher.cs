using Platform.Messaging;
using RabbitMQ.Client;

namespace Platform.EndToEnd.Tests;

/// <summary>Publishes raw files into the <c>ingest</c> queue with RabbitMQ.Client directly, as any AMQP client would.</summary>
public sealed class RawPublisher : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private RawPublisher(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<RawPublisher> OpenAsync(InfrastructureSettings settings, string virtualHost)
    {
        var factory = new ConnectionFactory
        {
            HostName = settings.RabbitHost, Port = settings.RabbitPort, VirtualHost = virtualHost,
            UserName = settings.RabbitUser, Password = settings.RabbitPassword,
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new RawPublisher(connection, channel);
    }

    public async Task PublishAsync(byte[] content, BasicProperties properties) =>
        await _channel.BasicPublishAsync("", QueueNames.RawIngest, mandatory: true, basicProperties: properties, body: content);

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
