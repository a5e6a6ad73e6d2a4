using RabbitMQ.Client;

namespace Platform.Messaging;

/// <summary>
/// The raw <c>ingest</c> queue: a file as dropped, raw bytes as the AMQP body, the optional <c>content_type</c> property
/// and <c>filename</c> header. Any AMQP client or the dashboard's "Publish message" form can drop a file into it.
/// </summary>
public static class RawIngestQueue
{
    public const string FileNameHeader = "filename";

    public static readonly IDictionary<string, object?> Arguments = new Dictionary<string, object?>
    {
        ["x-queue-type"] = "quorum",
    };

    public static ConnectionFactory ConnectionFactory(RabbitMqSettings settings, string clientName) => new()
    {
        HostName = settings.Host,
        Port = settings.Port,
        VirtualHost = settings.VirtualHost,
        UserName = settings.Username,
        Password = settings.Password,
        ClientProvidedName = clientName,
        AutomaticRecoveryEnabled = true,
    };

    /// <summary>Declares the queue (durable quorum queue), so nothing published before a consumer exists is dropped.</summary>
    public static Task DeclareAsync(IChannel channel, CancellationToken cancellationToken) =>
        channel.QueueDeclareAsync(QueueNames.RawIngest, durable: true, exclusive: false, autoDelete: false,
            arguments: Arguments, cancellationToken: cancellationToken);

    /// <summary>Publishes one file and waits for the broker's confirmation (the channel must have confirmations with tracking on).</summary>
    public static async Task PublishAsync(IChannel channel, ReadOnlyMemory<byte> content, string? fileName, string? contentType,
        Guid messageId, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties
        {
            Persistent = true,
            MessageId = messageId.ToString("D"),
            ContentType = contentType,
            Headers = fileName is null ? null : new Dictionary<string, object?> { [FileNameHeader] = fileName },
        };
        await channel.BasicPublishAsync(exchange: "", routingKey: QueueNames.RawIngest, mandatory: true,
            basicProperties: properties, body: content, cancellationToken: cancellationToken);
    }

    public static CreateChannelOptions ConfirmedChannel => new(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
}
