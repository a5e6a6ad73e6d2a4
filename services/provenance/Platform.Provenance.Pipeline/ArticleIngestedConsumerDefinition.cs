using MassTransit;
using Platform.Messaging;

namespace Platform.Provenance.Pipeline;

public sealed class ArticleIngestedConsumerDefinition : ConsumerDefinition<ArticleIngestedConsumer>
{
    public ArticleIngestedConsumerDefinition()
    {
        EndpointName = QueueNames.Provenance;
        ConcurrentMessageLimit = Environment.ProcessorCount * 2;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleIngestedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        StageEndpoint.Configure(endpointConfigurator, context, prefetch: 16);
    }
}
