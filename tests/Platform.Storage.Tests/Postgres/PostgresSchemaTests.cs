using Npgsql;
using Platform.Storage.Persistence;

namespace Platform.Storage.Tests.Postgres;

/// <summary>The PostgreSQL schema as other tools see it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaTests(PostgresDatabaseFixture database)
{
    [PostgresFact]
    public async Task Instants_are_timestamptz_and_ids_are_uuid()
    {
        var types = await QueryAsync(
            "SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns " +
            "WHERE table_schema = 'public' AND column_name IN ('id', 'published_utc', 'stored_at', 'recorded_at', 'correlation_id', 'document_json') " +
            "ORDER BY 1");
        Assert.Equal(
            ["articles.document_json:text", "articles.id:uuid", "articles.published_utc:timestamp with time zone",
             "articles.stored_at:timestamp with time zone", "submissions.correlation_id:uuid", "submissions.recorded_at:timestamp with time zone"],
            types);
    }

    [PostgresFact]
    public async Task Query_indexes_exist()
    {
        var indexes = await QueryAsync("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'");
        Assert.Contains("IX_article_entities_type_canonical", indexes);
        Assert.Contains("IX_articles_source_language", indexes);
    }

    [PostgresFact]
    public async Task Migrating_again_changes_nothing()
    {
        await using var harness = new StoreHarness(StorageProvider.Postgres, database.ConnectionString);
        await harness.Store.MigrateAsync(CancellationToken.None);

        var applied = await QueryAsync("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"");
        Assert.Equal(["InitialSchema", "QueryColumnsAndFullText"], applied.Select(id => id[15..]));
    }

    [PostgresFact]
    public async Task Articles_have_a_gin_indexed_search_vector()
    {
        await using var harness = new StoreHarness(StorageProvider.Postgres, database.ConnectionString);
        await harness.Store.MigrateAsync(CancellationToken.None);

        var index = await QueryAsync("SELECT indexdef FROM pg_indexes WHERE tablename = 'articles' AND indexname = 'ix_articles_search_vector'");
        var column = await QueryAsync("SELECT data_type || ' ' || is_generated FROM information_schema.columns WHERE table_name = 'articles' AND column_name = 'search_vector'");
        Assert.Contains("USING gin (search_vector)", Assert.Single(index));
        Assert.Equal("tsvector ALWAYS", Assert.Single(column));
    }

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
