using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Provenance.Detection;
using Platform.Messaging;
using Platform.Provenance.Pipeline;

namespace Platform.Provenance;

public static class ProvenanceStageRegistration
{
    /// <summary>Adds the translation-provenance stage: its detector and the consumer of <c>ArticleIngested</c>.</summary>
    public static IBusRegistrationConfigurator AddProvenanceStage(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton<TranslationProvenanceDetector>();
        bus.TryAddSingleton(new ProcessingBudgetOptions());
        bus.AddConsumer<ArticleIngestedConsumer, ArticleIngestedConsumerDefinition>();
        return bus;
    }
}
