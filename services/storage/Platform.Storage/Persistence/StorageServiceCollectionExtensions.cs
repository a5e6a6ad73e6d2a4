using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.Storage.Persistence;

/// <summary>Registers the platform database and <see cref="IArticleStore"/>.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers a pooled context factory for the provider's context (<see cref="SqlitePlatformDbContext"/> or
    /// <see cref="PostgresPlatformDbContext"/>), a scoped <see cref="PlatformDbContext"/> for reads, and a singleton
    /// <see cref="IArticleStore"/> that opens its own context per call. For SQLite the connection string may be a bare
    /// file path (e.g. <c>./platform-data/platform.db</c>) or a full <c>Data Source=...</c> string.
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
                break;
            case StorageProvider.Postgres:
                services.AddPooledDbContextFactory<PostgresPlatformDbContext>(options =>
                    PlatformDbOptions.UsePostgres(options, connectionString));
                Register<PostgresPlatformDbContext>(services);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown storage provider.");
        }

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
