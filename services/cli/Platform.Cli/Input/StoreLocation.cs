using Microsoft.Extensions.DependencyInjection;
using Platform.Cli.Commands;
using Platform.Cli.Embedded;
using Platform.Storage.Persistence;
using Platform.Storage.Queries;

namespace Platform.Cli.Input;

/// <summary>
/// Which store a reading command asks: PostgreSQL when <c>--database</c> (or <c>--postgres</c>, or the environment variable
/// <see cref="DatabaseVariable"/>) gives a connection string, otherwise the embedded SQLite store in the data folder
/// (<c>--data</c>, default <c>./platform-data</c>) that <c>process</c> writes.
/// </summary>
public sealed record StoreLocation(StorageProvider Provider, string ConnectionString)
{
    public const string DatabaseVariable = "PLATFORM_DATABASE";

    public static StoreLocation From(string? dataFolder, string? database)
    {
        database ??= Environment.GetEnvironmentVariable(DatabaseVariable);
        if (!string.IsNullOrWhiteSpace(database)) return new StoreLocation(StorageProvider.Postgres, database);
        var file = Path.Combine(dataFolder ?? ProcessCommand.DefaultDataFolder, EmbeddedPipelineHost.DatabaseFileName);
        if (!File.Exists(file))
            throw new UsageException($"No embedded store at {file}; run process first, or pass --data DIR or --database CONNECTION.");
        return new StoreLocation(StorageProvider.Sqlite, $"Data Source={Path.GetFullPath(file)}");
    }

    /// <summary>The store and its queries; the embedded store is brought to the current schema first (a data folder written
    /// by an older version gains the query columns and the full-text table).</summary>
    public async Task<QuerySession> OpenAsync(CancellationToken ct)
    {
        var services = new ServiceCollection();
        Register(services);
        var provider = services.BuildServiceProvider();
        if (Provider == StorageProvider.Sqlite) await provider.GetRequiredService<IArticleStore>().MigrateAsync(ct);
        return new QuerySession(provider);
    }

    public void Register(IServiceCollection services) => services.AddArticleStore(Provider, ConnectionString).AddStoreQueries();
}

/// <summary>An open store for one command: its <see cref="StoreQueries"/> and the article store.</summary>
public sealed class QuerySession(ServiceProvider provider) : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope = provider.CreateAsyncScope();

    public StoreQueries Queries => _scope.ServiceProvider.GetRequiredService<StoreQueries>();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await provider.DisposeAsync();
    }
}
