using Npgsql;
using Platform.Storage.Persistence;

namespace Platform.Storage.Tests.Postgres;

/// <summary>
/// A fresh PostgreSQL database for this test assembly (<c>storage_tests_&lt;random&gt;</c>), migrated once, emptied between
/// tests and dropped at the end. The server comes from <c>PLATFORM_POSTGRES_CONNECTION</c>; without it the tests are skipped
/// (they fail instead under the README's test command, which sets <c>PLATFORM_TESTS_REQUIRE_ALL=1</c>).
/// </summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    public const string ConnectionVariable = "PLATFORM_POSTGRES_CONNECTION";

    private string? adminConnectionString;

    public string ConnectionString { get; private set; } = "";

    public string DatabaseName { get; } = "storage_tests_" + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync()
    {
        adminConnectionString = Environment.GetEnvironmentVariable(ConnectionVariable);
        // Without a server the tests that use this fixture are skipped (PostgresFact), unless the test command requires all.
        if (string.IsNullOrWhiteSpace(adminConnectionString) && !TestNeeds.RequireAll) return;
        if (string.IsNullOrWhiteSpace(adminConnectionString))
        {
            throw new InvalidOperationException(
                $"{ConnectionVariable} is not set, so the PostgreSQL integration tests cannot run. Start the local infrastructure " +
                $"with `deploy/infra.sh up` and export {ConnectionVariable} (e.g. Host=127.0.0.1;Port=55432;Username=platform;Password=...;Database=platform).");
        }

        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = DatabaseName }.ToString();
        await using var harness = new StoreHarness(StorageProvider.Postgres, ConnectionString);
        await harness.Store.MigrateAsync(CancellationToken.None);
    }

    /// <summary>Empties every table, so each test starts from a migrated, empty database.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var truncate = new NpgsqlCommand("TRUNCATE article_quotes, article_entities, submissions, articles", connection);
        await truncate.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (string.IsNullOrWhiteSpace(adminConnectionString) || ConnectionString.Length == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresDatabaseFixture>
{
    public const string Name = "postgres";
}
