using RabbitMQ.Client;

namespace Platform.Messaging;

/// <summary>
/// The raw <c>ingest</c> queue: a file as dropped, raw bytes as the AMQP body, the optional <c>content_type</c> property
/// and <c>filename</c> header. Files arrive through the fanout exchange <c>ingest</c> bound to it, the one thing the
/// least-privileged <c>submit</c> user may write to (RabbitMQ checks write permission on the exchange, so the default
/// exchange, which reaches every queue, cannot be the submit path). Any AMQP client or the dashboard's "Publish message"
/// form on the <c>ingest</c> exchange page can drop a file.
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

    /// <summary>
    /// Declares the queue (durable quorum queue), the exchange <see cref="QueueNames.RawIngestExchange"/> and their binding, so
    /// nothing published before a consumer exists is dropped. Needs configure permission on both (the ingest service has it;
    /// <c>deploy/infra.sh</c> declares the same as administrator, so a <c>submit</c> user never needs to).
    /// </summary>
    public static async Task DeclareAsync(IChannel channel, CancellationToken cancellationToken)
    {
        await channel.QueueDeclareAsync(QueueNames.RawIngest, durable: true, exclusive: false, autoDelete: false,
            arguments: Arguments, cancellationToken: cancellationToken);
        await channel.ExchangeDeclareAsync(QueueNames.RawIngestExchange, ExchangeType.Fanout, durable: true, autoDelete: false,
            cancellationToken: cancellationToken);
        await channel.QueueBindAsync(QueueNames.RawIngest, QueueNames.RawIngestExchange, routingKey: "", cancellationToken: cancellationToken);
    }

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
        await channel.BasicPublishAsync(exchange: QueueNames.RawIngestExchange, routingKey: QueueNames.RawIngest, mandatory: true,
            basicProperties: properties, body: content, cancellationToken: cancellationToken);
    }

    public static CreateChannelOptions ConfirmedChannel => new(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
}
