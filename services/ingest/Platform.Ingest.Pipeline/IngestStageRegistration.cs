using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Ingest.Decoding;
using Platform.Ingest.Pipeline;
using Platform.Messaging;

namespace Platform.Ingest;

public static class IngestStageRegistration
{
    /// <summary>Adds the ingest stage: the decoder and the consumer of <c>IngestArticleFile</c>.</summary>
    public static IBusRegistrationConfigurator AddIngestStage(this IBusRegistrationConfigurator bus, IngestOptions? options = null)
    {
        bus.TryAddSingleton(options ?? new IngestOptions());
        // Warmed when first resolved (building the consumer), so no file's budget pays for loading the language models.
        bus.TryAddSingleton(provider => new ArticleFileDecoder(provider.GetRequiredService<IngestOptions>()).WarmUp());
        bus.TryAddSingleton(new ProcessingBudgetOptions());
        bus.AddConsumer<IngestArticleFileConsumer, IngestArticleFileConsumerDefinition>();
        return bus;
    }
}
