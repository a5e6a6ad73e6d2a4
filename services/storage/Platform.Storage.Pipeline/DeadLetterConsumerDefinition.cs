using MassTransit;
using Platform.Messaging;

namespace Platform.Storage.Pipeline;

/// <summary>
/// The <c>dead-letters</c> endpoint. Its queue is bound to nothing but the dead-letter exchange: without
/// <c>ConfigureConsumeTopology = false</c> it would also receive every published article message as a subscriber.
/// </summary>
public sealed class DeadLetterConsumerDefinition : ConsumerDefinition<DeadLetterConsumer>
{
    public DeadLetterConsumerDefinition()
    {
        EndpointName = QueueNames.DeadLetters;
        ConcurrentMessageLimit = 2;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DeadLetterConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.ConfigureConsumeTopology = false;
        StageEndpoint.Configure(endpointConfigurator, context, prefetch: 4);
    }
}
