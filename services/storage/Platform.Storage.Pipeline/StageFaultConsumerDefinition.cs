using MassTransit;
using Platform.Messaging;

namespace Platform.Storage.Pipeline;

public sealed class StageFaultConsumerDefinition : ConsumerDefinition<StageFaultConsumer>
{
    public StageFaultConsumerDefinition()
    {
        EndpointName = QueueNames.StorageFaults;
        ConcurrentMessageLimit = 2;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<StageFaultConsumer> consumerConfigurator, IRegistrationContext context) =>
        StageEndpoint.Configure(endpointConfigurator, context, prefetch: 4);
}
