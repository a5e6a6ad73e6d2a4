using MassTransit;
using Platform.Messaging;

namespace Platform.Storage.Pipeline;

public sealed class ArticleExtractedFaultConsumerDefinition : ConsumerDefinition<ArticleExtractedFaultConsumer>
{
    public ArticleExtractedFaultConsumerDefinition()
    {
        EndpointName = QueueNames.StorageFaults;
        ConcurrentMessageLimit = 2;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleExtractedFaultConsumer> consumerConfigurator, IRegistrationContext context) =>
        StageEndpoint.Configure(endpointConfigurator, context, prefetch: 4);
}
