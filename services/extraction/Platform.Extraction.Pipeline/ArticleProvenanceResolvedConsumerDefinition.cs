using MassTransit;
using Platform.Messaging;

namespace Platform.Extraction.Pipeline;

public sealed class ArticleProvenanceResolvedConsumerDefinition : ConsumerDefinition<ArticleProvenanceResolvedConsumer>
{
    public ArticleProvenanceResolvedConsumerDefinition()
    {
        EndpointName = QueueNames.Extraction;
        // Extraction is CPU work: one message per core.
        ConcurrentMessageLimit = Environment.ProcessorCount;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleProvenanceResolvedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        StageEndpoint.Configure(endpointConfigurator, context, prefetch: Environment.ProcessorCount * 2);
    }
}
