using Platform.Cli.Embedded;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Platform.Cli.Distributed;

/// <summary>
/// A temporary subscription to storage's outcome events on a distributed run: a server-named, exclusive, auto-delete queue
/// bound to the <see cref="OutcomeEvents.Exchanges"/>, gone when the connection closes. Each outcome completes its
/// correlation id in the <see cref="SubmissionOutcomeTracker"/>. Started before the first file is sent, so no outcome is missed.
/// </summary>
public sealed class OutcomeSubscription : IAsyncDisposable
{
    private readonly IChannel _channel;

    private OutcomeSubscription(IChannel channel) => _channel = channel;

    public static async Task<OutcomeSubscription> StartAsync(IConnection connection, SubmissionOutcomeTracker tracker, CancellationToken ct)
    {
        var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: ct);
        foreach (var exchange in OutcomeEvents.Exchanges)
        {
            // As MassTransit declares a published message's exchange, so this is a no-op when storage declared it first.
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: ct);
            await channel.QueueBindAsync(queue.QueueName, exchange, "", cancellationToken: ct);
        }
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            if (OutcomeEvents.Read(delivery.Body.Span) is { } outcome) tracker.Complete(outcome.CorrelationId, outcome.Outcome);
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer, ct);
        return new OutcomeSubscription(channel);
    }

    public async ValueTask DisposeAsync() => await _channel.DisposeAsync();
}
