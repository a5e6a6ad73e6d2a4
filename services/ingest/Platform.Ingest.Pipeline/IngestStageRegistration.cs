using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Ingest.Decoding;
using Platform.Ingest.Pipeline;

namespace Platform.Ingest;

public static class IngestStageRegistration
{
    /// <summary>Adds the ingest stage: the decoder and the consumer of <c>IngestArticleFile</c>.</summary>
    public static IBusRegistrationConfigurator AddIngestStage(this IBusRegistrationConfigurator bus, IngestOptions? options = null)
    {
        bus.TryAddSingleton(options ?? new IngestOptions());
        bus.TryAddSingleton<ArticleFileDecoder>();
        bus.AddConsumer<IngestArticleFileConsumer, IngestArticleFileConsumerDefinition>();
        return bus;
    }
}
