using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Extraction.Pipeline;
using Platform.Messaging;

namespace Platform.Extraction;

public static class ExtractionStageRegistration
{
    /// <summary>Adds the extraction stage: the extractors (loaded once) and the consumer of <c>ArticleProvenanceResolved</c>.</summary>
    public static IBusRegistrationConfigurator AddExtractionStage(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(_ => ArticleExtractor.CreateDefault());
        bus.TryAddSingleton(new ProcessingBudgetOptions());
        bus.AddConsumer<ArticleProvenanceResolvedConsumer, ArticleProvenanceResolvedConsumerDefinition>();
        return bus;
    }
}
