using MassTransit;
using Platform.Messaging;

namespace Platform.Storage.Pipeline;

public sealed class ArticleIngestedFaultConsumerDefinition : ConsumerDefinition<ArticleIngestedFaultConsumer>
{
    public ArticleIngestedFaultConsumerDefinition()
    {
        EndpointName = QueueNames.StorageFaults;
        ConcurrentMessageLimit = 2;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleIngestedFaultConsumer> consumerConfigurator, IRegistrationContext context) =>
        StageEndpoint.Configure(endpointConfigurator, context, prefetch: 4);
}
