using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Storage.Availability;

namespace Platform.Storage.Persistence;

/// <summary>Registers the platform database and <see cref="IArticleStore"/>.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers a pooled context factory for the provider's context (<see cref="SqlitePlatformDbContext"/> or
    /// <see cref="PostgresPlatformDbContext"/>), a scoped <see cref="PlatformDbContext"/> for reads, and a singleton
    /// <see cref="IArticleStore"/> that opens its own context per call. For SQLite the connection string may be a bare
    /// file path (e.g. <c>./platform-data/platform.db</c>) or a full <c>Data Source=...</c> string. Also registers the
    /// database-availability monitor and the write hold over the provider's probe (PostgreSQL: <c>SELECT 1</c> on a fresh
    /// connection; the embedded store always answers, so it is never held).
    /// </summary>
    public static IServiceCollection AddArticleStore(this IServiceCollection services, StorageProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        switch (provider)
        {
            case StorageProvider.Sqlite:
                services.AddPooledDbContextFactory<SqlitePlatformDbContext>(options =>
                    PlatformDbOptions.UseSqlite(options, connectionString));
                Register<SqlitePlatformDbContext>(services);
                services.AddSingleton<IDatabaseProbe, EmbeddedDatabaseProbe>();
                break;
            case StorageProvider.Postgres:
                services.AddPooledDbContextFactory<PostgresPlatformDbContext>(options =>
                    PlatformDbOptions.UsePostgres(options, connectionString));
                Register<PostgresPlatformDbContext>(services);
                services.AddSingleton<IDatabaseProbe>(new PostgresDatabaseProbe(connectionString));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown storage provider.");
        }

        services.TryAddSingleton(AvailabilityTimings.Default);
        services.TryAddSingleton<DatabaseAvailability>();
        services.TryAddSingleton<DatabaseWriteHold>();
        return services;
    }

    private static void Register<TContext>(IServiceCollection services)
        where TContext : PlatformDbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<PlatformDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.AddSingleton<IArticleStore>(sp =>
        {
            var factory = sp.GetRequiredService<IDbContextFactory<TContext>>();
            return new EfArticleStore(factory.CreateDbContext, sp.GetRequiredService<TimeProvider>());
        });
    }
}
