using MassTransit;
using Platform.Storage.Persistence;
using Platform.Storage.Pipeline;

namespace Platform.Storage;

public static class StorageStageRegistration
{
    /// <summary>Adds the storage stage: the article store on the given provider and the consumers of <c>ArticleExtracted</c> and <c>ArticleRejected</c>.</summary>
    public static IBusRegistrationConfigurator AddStorageStage(this IBusRegistrationConfigurator bus,
        StorageProvider provider, string connectionString)
    {
        bus.AddArticleStore(provider, connectionString);
        bus.AddConsumer<ArticleExtractedConsumer, ArticleExtractedConsumerDefinition>();
        bus.AddConsumer<ArticleRejectedConsumer, ArticleRejectedConsumerDefinition>();
        return bus;
    }
}
