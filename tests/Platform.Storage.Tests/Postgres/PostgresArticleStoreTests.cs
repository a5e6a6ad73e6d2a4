using Platform.Storage.Persistence;

namespace Platform.Storage.Tests.Postgres;

/// <summary>The article store's behaviour on a real PostgreSQL server, including races between concurrent writers.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresArticleStoreTests(PostgresDatabaseFixture database) : ArticleStoreBehaviour, IAsyncLifetime
{
    private StoreHarness? harness;

    protected override StoreHarness Harness => harness ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        harness = new StoreHarness(StorageProvider.Postgres, database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (harness is not null)
        {
            await harness.DisposeAsync();
        }
    }
}
