using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Extraction;
using Platform.Ingest;
using Platform.Ingest.Decoding;
using Platform.Messaging;
using Platform.Provenance;
using Platform.Storage;
using Platform.Storage.Persistence;

namespace Platform.Cli.Embedded;

/// <summary>
/// All four stages in one process on MassTransit's in-memory transport, with the same consumers and registration
/// extensions as the distributed services, over the embedded SQLite store in the data folder.
/// </summary>
public static class EmbeddedPipelineHost
{
    public const string DatabaseFileName = "platform.db";

    public static IHost Build(string dataFolder, bool verbose, IngestOptions? ingestOptions = null, bool logSql = false)
    {
        Directory.CreateDirectory(dataFolder);
        var databasePath = Path.GetFullPath(Path.Combine(dataFolder, DatabaseFileName));
        return Build(StorageProvider.Sqlite, $"Data Source={databasePath}", verbose, ingestOptions, logSql);
    }

    /// <summary>The same pipeline writing to another store: <c>process --database</c> fills a PostgreSQL database (the
    /// distributed run's, or a test's) through the same stages.</summary>
    public static IHost Build(StorageProvider provider, string connectionString, bool verbose, IngestOptions? ingestOptions, bool logSql)
    {

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Bus:Transport"] = nameof(BusTransport.InMemory) });
        builder.Logging.ClearProviders();
        // stdout carries only results: every log line goes to stderr.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning);
        // --verbose shows the pipeline's own logs; every SQL command only with --log-sql.
        if (!logSql) builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);

        builder.Services.AddSingleton<SubmissionOutcomeTracker>();
        builder.Services.AddPlatformBus(builder.Configuration, bus =>
        {
            bus.AddIngestStage(ingestOptions);
            bus.AddProvenanceStage();
            bus.AddExtractionStage();
            bus.AddStorageStage(provider, connectionString);
            bus.AddConsumer<ArticleStoredObserver>();
            bus.AddConsumer<ArticleRejectionRecordedObserver>();
        }, waitUntilStarted: true);
        return builder.Build();
    }
}
