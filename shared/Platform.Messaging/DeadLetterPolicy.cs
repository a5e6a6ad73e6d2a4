using MassTransit;
using Microsoft.Extensions.Configuration;

namespace Platform.Messaging;

/// <summary>
/// The failure policy of the durable queues: a delivery limit (<c>x-delivery-limit</c>) on every stage queue, and one
/// dead-letter target, the <see cref="QueueNames.DeadLetters"/> exchange and quorum queue, where RabbitMQ moves a message
/// that has been handed out more often than the limit (a message that crashes or hangs every consumer that takes it).
/// The limit is high on purpose: on RabbitMQ 3.x every return to the queue counts as a delivery (a consumer stopped,
/// killed or paused during a database outage hands its prefetched messages back), so only a message that keeps coming back
/// reaches it. Arguments cannot change on an existing queue: a queue declared without them must be deleted once.
/// </summary>
public static class DeadLetterPolicy
{
    /// <summary>Configuration key of the limit (env <c>Bus__DeliveryLimit</c>).</summary>
    public const string DeliveryLimitKey = "Bus:DeliveryLimit";
    public const int DefaultDeliveryLimit = 50;
    public const string DeliveryLimitArgument = "x-delivery-limit";
    public const string DeadLetterExchangeArgument = "x-dead-letter-exchange";

    public static int ReadDeliveryLimit(IConfiguration configuration)
    {
        var value = configuration[DeliveryLimitKey];
        if (string.IsNullOrWhiteSpace(value)) return DefaultDeliveryLimit;
        return int.TryParse(value, out var limit) && limit > 0
            ? limit
            : throw new InvalidOperationException($"{DeliveryLimitKey} must be a positive number, not '{value}'.");
    }

    /// <summary>A stage queue: quorum, limited deliveries, dead letters to <see cref="QueueNames.DeadLetters"/> (declared here too,
    /// so a dead letter has somewhere to go even before storage has started).</summary>
    public static void ApplyToStageQueue(IRabbitMqReceiveEndpointConfigurator queue, int deliveryLimit)
    {
        queue.SetQuorumQueue();
        queue.SetQueueArgument(DeliveryLimitArgument, deliveryLimit);
        queue.BindDeadLetterQueue(QueueNames.DeadLetters, QueueNames.DeadLetters, ConfigureDeadLetterQueue);
    }

    /// <summary>The dead-letter queue itself: quorum, no limit and no dead-letter target of its own (no loop). Declared
    /// alike by every stage queue's binding and by storage's endpoint, so the two declarations always agree.</summary>
    public static void ConfigureDeadLetterQueue(IRabbitMqQueueConfigurator queue) => queue.SetQuorumQueue();

    /// <summary>
    /// An <c>_error</c> queue: MassTransit copies the receive queue's arguments to it, but a parking lot for faulted messages must
    /// neither count deliveries nor dead-letter them (<c>platform failures list</c> reads it by taking and returning messages).
    /// </summary>
    public static void ApplyToErrorQueue(IRabbitMqQueueConfigurator queue)
    {
        queue.SetQueueArgument(DeliveryLimitArgument, null!);
        queue.SetQueueArgument(DeadLetterExchangeArgument, null!);
    }
}
