using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Ingest.Channels;
using Platform.Ingest.Decoding;
using Platform.Ingest.Intake;

namespace Platform.Ingest;

public static class IngestChannelsRegistration
{
    /// <summary>The distributed ingest service's ways in: the raw <c>ingest</c> queue, the inbox folder and the HTTP upload endpoint's settings.</summary>
    public static IServiceCollection AddIngestChannels(this IServiceCollection services, IConfiguration configuration)
    {
        var inbox = configuration.GetSection(InboxSettings.SectionName).Get<InboxSettings>() ?? new InboxSettings();
        services.AddSingleton(inbox);
        services.AddSingleton(configuration.GetSection(HttpUploadSettings.SectionName).Get<HttpUploadSettings>() ?? new HttpUploadSettings());
        services.TryAddSingleton(IngestOptionsFrom(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleIntake>();
        services.AddSingleton<RawIngestQueueListener>();
        services.AddHostedService(sp => sp.GetRequiredService<RawIngestQueueListener>());
        services.AddHostedService<InboxWatcher>();
        services.AddHealthChecks().AddCheck<RawIngestQueueListener>("raw-ingest-queue", tags: ["ready"]);
        return services;
    }

    /// <summary>Ingest options from the <c>Ingest</c> section (<c>Ingest__MaxFileBytes</c>).</summary>
    public static IngestOptions IngestOptionsFrom(IConfiguration configuration)
    {
        var max = configuration.GetValue<long?>("Ingest:MaxFileBytes");
        return max is > 0 ? new IngestOptions { MaxFileBytes = max.Value } : new IngestOptions();
    }
}
