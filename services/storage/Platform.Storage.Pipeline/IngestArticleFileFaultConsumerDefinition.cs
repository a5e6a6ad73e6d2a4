using MassTransit;
using Platform.Messaging;

namespace Platform.Storage.Pipeline;

public sealed class IngestArticleFileFaultConsumerDefinition : ConsumerDefinition<IngestArticleFileFaultConsumer>
{
    public IngestArticleFileFaultConsumerDefinition()
    {
        EndpointName = QueueNames.StorageFaults;
        ConcurrentMessageLimit = 2;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<IngestArticleFileFaultConsumer> consumerConfigurator, IRegistrationContext context) =>
        StageEndpoint.Configure(endpointConfigurator, context, prefetch: 4);
}
