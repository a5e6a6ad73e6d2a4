using MassTransit;
using Platform.Messaging;

namespace Platform.Storage.Pipeline;

public sealed class ArticleProvenanceResolvedFaultConsumerDefinition : ConsumerDefinition<ArticleProvenanceResolvedFaultConsumer>
{
    public ArticleProvenanceResolvedFaultConsumerDefinition()
    {
        EndpointName = QueueNames.StorageFaults;
        ConcurrentMessageLimit = 2;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleProvenanceResolvedFaultConsumer> consumerConfigurator, IRegistrationContext context) =>
        StageEndpoint.Configure(endpointConfigurator, context, prefetch: 4);
}
