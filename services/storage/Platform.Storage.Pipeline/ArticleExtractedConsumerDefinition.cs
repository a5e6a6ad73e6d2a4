using MassTransit;
using Platform.Messaging;

namespace Platform.Storage.Pipeline;

public sealed class ArticleExtractedConsumerDefinition : ConsumerDefinition<ArticleExtractedConsumer>
{
    public ArticleExtractedConsumerDefinition()
    {
        EndpointName = QueueNames.Storage;
        ConcurrentMessageLimit = 8;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleExtractedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        StageEndpoint.Configure(endpointConfigurator, context, prefetch: 16);
    }
}
