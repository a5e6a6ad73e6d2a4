using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Storage.Persistence;
using Platform.Storage.Pipeline;

namespace Platform.Storage;

public static class StorageStageRegistration
{
    /// <summary>
    /// Adds the storage stage: the article store on the given provider, the consumers of <c>ArticleExtracted</c>,
    /// <c>ArticleRejected</c>, of every stage's faults (recorded as rejections) and of the dead-letter queue (recorded as
    /// <c>poison-message</c>), and the readiness check of the database (tagged <c>ready</c>: <c>/health/ready</c> is
    /// unhealthy while the database does not answer).
    /// </summary>
    public static IBusRegistrationConfigurator AddStorageStage(this IBusRegistrationConfigurator bus,
        StorageProvider provider, string connectionString)
    {
        bus.AddArticleStore(provider, connectionString);
        bus.AddConsumer<ArticleExtractedConsumer, ArticleExtractedConsumerDefinition>();
        bus.AddConsumer<ArticleRejectedConsumer, ArticleRejectedConsumerDefinition>();
        bus.AddConsumer<StageFaultConsumer, StageFaultConsumerDefinition>();
        bus.AddConsumer<DeadLetterConsumer, DeadLetterConsumerDefinition>();
        bus.AddHealthChecks().AddCheck<DatabaseReadinessCheck>(DatabaseReadinessCheck.Name, tags: ["ready"]);
        return bus;
    }
}
