using MassTransit;
using Platform.Messaging;

namespace Platform.Ingest.Pipeline;

public sealed class IngestArticleFileConsumerDefinition : ConsumerDefinition<IngestArticleFileConsumer>
{
    public IngestArticleFileConsumerDefinition()
    {
        EndpointName = QueueNames.IngestFiles;
        ConcurrentMessageLimit = Environment.ProcessorCount * 2;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<IngestArticleFileConsumer> consumerConfigurator, IRegistrationContext context)
    {
        StageEndpoint.Configure(endpointConfigurator, context, prefetch: 8);
    }
}
