using MassTransit;
using Platform.Messaging;

namespace Platform.Storage.Pipeline;

public sealed class ArticleRejectedConsumerDefinition : ConsumerDefinition<ArticleRejectedConsumer>
{
    public ArticleRejectedConsumerDefinition()
    {
        EndpointName = QueueNames.StorageRejections;
        ConcurrentMessageLimit = 4;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleRejectedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        StageEndpoint.Configure(endpointConfigurator, context, prefetch: 16);
    }
}
