using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Storage.Persistence;

namespace Platform.Storage.Tests;

/// <summary>Both providers' migrations describe the one shared model (no server is needed to check this).</summary>
public sealed class MigrationsTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public void Migrations_match_the_model(StorageProvider provider)
    {
        using var db = CreateDesignTimeContext(provider);

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations lag the model: add a migration for both providers.");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = CreateDesignTimeContext(StorageProvider.Sqlite);
        using var postgres = CreateDesignTimeContext(StorageProvider.Postgres);

        var sqliteNames = sqlite.Database.GetMigrations().Select(id => id[15..]).ToList();
        var postgresNames = postgres.Database.GetMigrations().Select(id => id[15..]).ToList();

        Assert.NotEmpty(sqliteNames);
        Assert.Equal(sqliteNames, postgresNames);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite, typeof(SqlitePlatformDbContext))]
    [InlineData(StorageProvider.Postgres, typeof(PostgresPlatformDbContext))]
    public void Registration_provides_the_provider_context_and_one_store(StorageProvider provider, Type contextType)
    {
        var services = new ServiceCollection().AddArticleStore(provider, provider == StorageProvider.Sqlite ? "data/platform.db" : "Host=127.0.0.1;Database=x");
        using var root = services.BuildServiceProvider(validateScopes: true);
        using var scope = root.CreateScope();

        Assert.IsType(contextType, scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
        Assert.Same(root.GetRequiredService<IArticleStore>(), root.GetRequiredService<IArticleStore>());
    }

    [Theory]
    [InlineData("./platform-data/platform.db", "Data Source=./platform-data/platform.db")]
    [InlineData("Data Source=/var/lib/platform.db;Cache=Shared", "Data Source=/var/lib/platform.db;Cache=Shared")]
    public void Sqlite_accepts_a_bare_path_or_a_connection_string(string given, string expected) =>
        Assert.Equal(expected, PlatformDbOptions.NormalizeSqlite(given));

    /// <summary>The contexts <c>dotnet ef</c> builds; neither touches a database until asked to.</summary>
    private static PlatformDbContext CreateDesignTimeContext(StorageProvider provider) => provider == StorageProvider.Sqlite
        ? new SqliteDesignTimeFactory().CreateDbContext([])
        : new PostgresDesignTimeFactory().CreateDbContext([]);
}
