using Microsoft.Extensions.DependencyInjection;
using Platform.Storage.Persistence;

namespace Platform.Storage.Tests;

/// <summary>An <see cref="IArticleStore"/> built through the real registration, plus a way to look at the tables.</summary>
public sealed class StoreHarness : IAsyncDisposable
{
    /// <summary>The clock the store sees: microsecond precision, as PostgreSQL keeps.</summary>
    public static readonly DateTimeOffset Now = new(2031, 3, 4, 2, 30, 15, 123, 456, TimeSpan.Zero);

    private readonly ServiceProvider provider;

    public StoreHarness(StorageProvider storageProvider, string connectionString)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now));
        services.AddArticleStore(storageProvider, connectionString);
        provider = services.BuildServiceProvider(validateScopes: true);
        Store = provider.GetRequiredService<IArticleStore>();
    }

    public IArticleStore Store { get; }

    /// <summary>Runs a query on a fresh scoped <see cref="PlatformDbContext"/>.</summary>
    public async Task<T> QueryAsync<T>(Func<PlatformDbContext, Task<T>> query)
    {
        await using var scope = provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
