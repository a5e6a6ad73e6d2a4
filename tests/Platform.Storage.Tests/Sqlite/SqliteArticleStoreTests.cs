using Platform.Storage.Persistence;

namespace Platform.Storage.Tests.Sqlite;

/// <summary>The article store's behaviour on an embedded SQLite file, a fresh migrated file per test.</summary>
public sealed class SqliteArticleStoreTests : ArticleStoreBehaviour, IAsyncLifetime
{
    private readonly TempSqliteDatabase database = new();
    private StoreHarness? harness;

    protected override StoreHarness Harness => harness ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        harness = new StoreHarness(StorageProvider.Sqlite, database.ConnectionString);
        await harness.Store.MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (harness is not null)
        {
            await harness.DisposeAsync();
        }

        database.Dispose();
    }
}
