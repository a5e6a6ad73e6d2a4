using Platform.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Platform.Cli.Failures;

/// <summary>
/// The queues where failures wait for an operator (every endpoint's <c>_error</c> queue and <c>dead-letters</c>), read and
/// emptied with plain AMQP: <c>basic.get</c> without acknowledgement to look (closing the channel gives every message back, in
/// order; these queues count no deliveries), and publish-then-ack to send one back to the queue it came from (through that endpoint's exchange of the same name).
/// </summary>
public sealed class FailureQueues(IConnection connection)
{
    /// <summary>The parking queues, in pipeline order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. QueueNames.Endpoints.Select(QueueNames.ErrorQueueOf), QueueNames.DeadLetters];

    private static readonly string[] DroppedHeaderPrefixes = ["MT-Fault-", "MT-Reason", "MT-Host-"];

    /// <summary>Every parked message of the given queues (a queue that does not exist yet holds none).</summary>
    public async Task<IReadOnlyList<FailedMessage>> ListAsync(IEnumerable<string> queues, int limitPerQueue, CancellationToken ct)
    {
        var found = new List<FailedMessage>();
        foreach (var queue in queues)
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            if (!await ExistsAsync(channel, queue, ct)) continue;
            for (var i = 0; i < limitPerQueue; i++)
            {
                var message = await channel.BasicGetAsync(queue, autoAck: false, ct);
                if (message is null) break;
                found.Add(FailedMessage.Read(queue, message.BasicProperties.MessageId, message.BasicProperties.Headers, message.Body.Span));
            }
            await channel.CloseAsync(ct); // nothing acknowledged: every message taken goes back
        }
        return found;
    }

    /// <summary>
    /// Sends the chosen messages back to the queues they failed on, each as it was (less the fault and dead-letter headers),
    /// with broker confirmation before it leaves the parking queue. Returns what was sent back.
    /// </summary>
    public async Task<IReadOnlyList<FailedMessage>> ReplayAsync(IEnumerable<string> queues, Func<FailedMessage, bool> chosen, CancellationToken ct)
    {
        var replayed = new List<FailedMessage>();
        foreach (var queue in queues)
        {
            await using var channel = await connection.CreateChannelAsync(RawIngestQueue.ConfirmedChannel, ct);
            if (!await ExistsAsync(channel, queue, ct)) continue;
            var count = (await channel.QueueDeclarePassiveAsync(queue, ct)).MessageCount;
            for (var i = 0; i < count; i++)
            {
                var message = await channel.BasicGetAsync(queue, autoAck: false, ct);
                if (message is null) break;
                var failed = FailedMessage.Read(queue, message.BasicProperties.MessageId, message.BasicProperties.Headers, message.Body.Span);
                if (!chosen(failed)) continue; // stays unacknowledged: back in its place when the channel closes
                // To the endpoint's own exchange (MassTransit binds exchange X to queue X), not the default exchange: the operator
                // user may write to the stage exchanges only, not to every queue.
                await channel.BasicPublishAsync(failed.ReturnTo, "", mandatory: true, Resend(message.BasicProperties), message.Body, ct);
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, ct);
                replayed.Add(failed);
            }
            await channel.CloseAsync(ct);
        }
        return replayed;
    }

    private async Task<bool> ExistsAsync(IChannel channel, string queue, CancellationToken ct)
    {
        try
        {
            // A separate channel: a passive declare of a missing queue closes the channel it runs on.
            await using var probe = await connection.CreateChannelAsync(cancellationToken: ct);
            await probe.QueueDeclarePassiveAsync(queue, ct);
            return channel.IsOpen;
        }
        catch (OperationInterruptedException)
        {
            return false;
        }
    }

    private static BasicProperties Resend(IReadOnlyBasicProperties original) => new()
    {
        Persistent = true,
        ContentType = original.ContentType,
        MessageId = original.MessageId,
        CorrelationId = original.CorrelationId,
        Type = original.Type,
        Headers = original.Headers?
            .Where(h => !DeadLetterDeath.IsDeathHeader(h.Key) && !DroppedHeaderPrefixes.Any(p => h.Key.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .ToDictionary(h => h.Key, h => h.Value),
    };
}
