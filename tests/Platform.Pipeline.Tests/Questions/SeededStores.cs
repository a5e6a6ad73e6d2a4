using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Storage.Persistence;
using Platform.Storage.Queries;

namespace Platform.Pipeline.Tests.Questions;

/// <summary>
/// The same fixture files processed through the whole pipeline (the CLI's in-memory bus) twice: into an embedded store in a
/// temporary data folder, and with <c>process --database</c> into a fresh PostgreSQL database
/// (<c>questions_tests_&lt;random&gt;</c>) when <c>PLATFORM_POSTGRES_CONNECTION</c> names a server. One file is given twice,
/// so the ledger holds a duplicate; the empty fixture is a rejection.
/// </summary>
public sealed class SeededStores : IAsyncLifetime
{
    public static readonly string[] Inputs =
    [
        "tests/fixtures/articles", "tests/fixtures/articles/rhine-flood-barriers.txt", "tests/fixtures/news/news-01",
        "tests/fixtures/pages/batch-01", "tests/fixtures/pages/batch-02",
    ];

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("platform-questions-");
    private readonly string _databaseName = "questions_tests_" + Guid.NewGuid().ToString("N")[..12];
    private string? _admin;
    private ServiceProvider? _sqlite;
    private ServiceProvider? _postgres;

    public string DataFolder => _data.FullName;

    /// <summary>The PostgreSQL connection string of the seeded database; null when no server is configured.</summary>
    public string? PostgresConnection { get; private set; }

    /// <summary>The <c>process --json</c> lines of the embedded run.</summary>
    public IReadOnlyList<JsonElement> Lines { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var embedded = await CliRunner.RunAsync(["process", .. Inputs, "--json", "--data", DataFolder]);
        Assert.True(embedded.ExitCode == 0, embedded.Stderr);
        Lines = [.. embedded.Lines.Select(l => JsonDocument.Parse(l).RootElement.Clone())];
        _sqlite = Open(StorageProvider.Sqlite, $"Data Source={Path.Combine(DataFolder, "platform.db")}");

        _admin = Environment.GetEnvironmentVariable(TestNeeds.PostgresVariable);
        if (string.IsNullOrWhiteSpace(_admin))
        {
            if (TestNeeds.RequireAll) throw new InvalidOperationException($"{TestNeeds.PostgresVariable} is not set; run deploy/infra.sh up.");
            return;
        }
        await using (var admin = new NpgsqlConnection(_admin))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_databaseName}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        PostgresConnection = new NpgsqlConnectionStringBuilder(_admin) { Database = _databaseName }.ToString();
        var distributed = await CliRunner.RunAsync(["process", .. Inputs, "--json", "--database", PostgresConnection]);
        Assert.True(distributed.ExitCode == 0, distributed.Stderr);
        _postgres = Open(StorageProvider.Postgres, PostgresConnection);
    }

    /// <summary>Asks the embedded store, or PostgreSQL (skipping the test when no server is configured).</summary>
    public async Task<T> AskAsync<T>(StorageProvider provider, Func<StoreQueries, Task<T>> ask)
    {
        var services = provider == StorageProvider.Sqlite ? _sqlite! : _postgres;
        Skip.If(services is null, TestNeeds.MissingPostgres());
        await using var scope = services!.CreateAsyncScope();
        return await ask(scope.ServiceProvider.GetRequiredService<StoreQueries>());
    }

    public async Task DisposeAsync()
    {
        if (_sqlite is not null) await _sqlite.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        SqliteCleanup.Delete(_data);
        if (PostgresConnection is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_admin);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static ServiceProvider Open(StorageProvider provider, string connection) =>
        new ServiceCollection().AddArticleStore(provider, connection).AddStoreQueries().BuildServiceProvider();
}

[CollectionDefinition(Name)]
public sealed class SeededStoresCollection : ICollectionFixture<SeededStores>
{
    public const string Name = "seeded stores";
}
