using Platform.Storage.Persistence;

namespace Platform.Storage.Tests.Postgres;

/// <summary>The article store's behaviour on a real PostgreSQL server, including races between concurrent writers.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresArticleStoreTests(PostgresDatabaseFixture database) : ArticleStoreBehaviour, IAsyncLifetime
{
    private StoreHarness? harness;

    /// <summary>Without a server (a plain <c>dotnet test</c> from a clone) every behaviour is skipped, saying what it needs.</summary>
    protected override StoreHarness Harness
    {
        get
        {
            var missing = TestNeeds.MissingPostgres();
            Skip.If(missing is not null, missing);
            return harness ?? throw new InvalidOperationException("Not initialized.");
        }
    }

    public async Task InitializeAsync()
    {
        if (TestNeeds.MissingPostgres() is not null) return;
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
