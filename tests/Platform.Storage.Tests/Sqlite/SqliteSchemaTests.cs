using Microsoft.Data.Sqlite;
using Platform.Storage.Persistence;

namespace Platform.Storage.Tests.Sqlite;

/// <summary>The SQLite file as other tools see it: migrations, tables, indexes and how instants are written.</summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();

    [Fact]
    public async Task Migrations_apply_on_an_empty_file_in_a_new_data_folder()
    {
        var path = Path.Combine(database.Folder, "platform-data", "platform.db");
        await using (var harness = new StoreHarness(StorageProvider.Sqlite, path))
        {
            await harness.Store.MigrateAsync(CancellationToken.None);
            await harness.Store.MigrateAsync(CancellationToken.None);
            Assert.Equal(0, await harness.Store.CountArticlesAsync(CancellationToken.None));
        }

        Assert.True(File.Exists(path));
        var tables = await QueryStringsAsync(path, "SELECT name FROM sqlite_master WHERE type = 'table'");
        Assert.Superset(new HashSet<string> { "articles", "submissions", "article_entities", "article_quotes", "__EFMigrationsHistory" }, tables.ToHashSet());
        var indexes = await QueryStringsAsync(path, "SELECT name FROM sqlite_master WHERE type = 'index'");
        Assert.Contains("IX_article_entities_type_canonical", indexes);
        Assert.Contains("IX_articles_source_language", indexes);
        Assert.Equal(["wal"], await QueryStringsAsync(path, "PRAGMA journal_mode"));
        var applied = await QueryStringsAsync(path, "SELECT MigrationId FROM __EFMigrationsHistory");
        Assert.Equal(["InitialSchema", "QueryColumnsAndFullText"], applied.Select(id => id[15..]));
        Assert.Contains("articles_fts", tables);
    }

    [Fact]
    public async Task The_full_text_table_follows_the_articles()
    {
        var message = ArticleFixtures.TranslatedArticle();
        await using (var harness = new StoreHarness(StorageProvider.Sqlite, database.ConnectionString))
        {
            await harness.Store.MigrateAsync(CancellationToken.None);
            await harness.Store.SaveArticleAsync(message, CancellationToken.None);
        }

        var word = message.Article.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).First(w => w.All(char.IsLetter) && w.Length > 4);
        var found = await QueryStringsAsync(database.FilePath,
            $"SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH '\"{word}\"'");
        Assert.Equal([message.ArticleId.ToString().ToUpperInvariant()], found);
    }

    [Fact]
    public async Task Columns_are_snake_case_as_the_schema_names_them()
    {
        await using (var harness = new StoreHarness(StorageProvider.Sqlite, database.ConnectionString))
        {
            await harness.Store.MigrateAsync(CancellationToken.None);
        }

        var columns = await QueryStringsAsync(database.FilePath, "SELECT name FROM pragma_table_info('articles')");
        Assert.Equal(
            ["id", "submission_id", "headline", "outlet", "url", "format", "encoding", "language", "published_utc",
             "published_offset_minutes", "published_offset_source", "published_raw", "published_local", "is_translation",
             "source_publication", "source_language", "translation_method", "language_tag", "body", "document_json",
             "provenance_json", "extraction_json", "stored_at", "ai_act_status", "author_names", "has_suspicion", "human_edited"],
            columns);
        Assert.Equal(
            ["article_id", "ordinal", "entity_id", "type", "canonical", "role", "text", "start", "end", "mention_kind"],
            await QueryStringsAsync(database.FilePath, "SELECT name FROM pragma_table_info('article_entities')"));
        Assert.Equal(
            ["article_id", "ordinal", "speaker", "text", "start", "end", "verb", "confidence", "translated"],
            await QueryStringsAsync(database.FilePath, "SELECT name FROM pragma_table_info('article_quotes')"));
        Assert.Equal(
            ["correlation_id", "submission_id", "file_name", "status", "article_id", "stage", "reason", "detail", "recorded_at"],
            await QueryStringsAsync(database.FilePath, "SELECT name FROM pragma_table_info('submissions')"));
    }

    [Fact]
    public async Task Instants_are_written_as_sortable_utc_text()
    {
        var message = ArticleFixtures.TranslatedArticle();
        await using (var harness = new StoreHarness(StorageProvider.Sqlite, database.ConnectionString))
        {
            await harness.Store.MigrateAsync(CancellationToken.None);
            await harness.Store.SaveArticleAsync(message, CancellationToken.None);
        }

        var written = await QueryStringsAsync(database.FilePath, "SELECT published_utc || '|' || stored_at || '|' || id FROM articles");
        Assert.Equal($"2031-03-04T00:15:00.0000000Z|2031-03-04T02:30:15.1234560Z|{message.ArticleId.ToString().ToUpperInvariant()}", Assert.Single(written));
        Assert.Equal(["2031-03-04 00:15:00"], await QueryStringsAsync(database.FilePath, "SELECT datetime(published_utc) FROM articles"));
    }

    public void Dispose() => database.Dispose();

    private static async Task<List<string>> QueryStringsAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
