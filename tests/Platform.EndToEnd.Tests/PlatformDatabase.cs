using Npgsql;

namespace Platform.EndToEnd.Tests;

/// <summary>Reads what storage wrote to PostgreSQL (storage is the only writer; tests only read and reset).</summary>
public sealed class PlatformDatabase(string connectionString)
{
    public string ConnectionString { get; } = connectionString;

    public sealed record ArticleRow(Guid Id, string? Headline, DateTime? PublishedUtc, int? OffsetMinutes, string? OffsetSource,
        bool? IsTranslation, string? SourcePublication, string? SourceLanguage, string? Method);

    public sealed record SubmissionRow(Guid CorrelationId, string SubmissionId, string? FileName, string Status, Guid? ArticleId,
        string? Stage, string? Reason);

    public async Task<IReadOnlyList<ArticleRow>> ArticlesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select id, headline, published_utc, published_offset_minutes, published_offset_source, is_translation, " +
            "source_publication, source_language, translation_method from articles", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<ArticleRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new ArticleRow(reader.GetGuid(0), Text(reader, 1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTime>(2), reader.IsDBNull(3) ? null : reader.GetInt32(3),
                Text(reader, 4), reader.IsDBNull(5) ? null : reader.GetBoolean(5), Text(reader, 6), Text(reader, 7), Text(reader, 8)));
        }
        return rows;
    }

    public async Task<IReadOnlyList<SubmissionRow>> SubmissionsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select correlation_id, submission_id, file_name, status, article_id, stage, reason from submissions", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<SubmissionRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new SubmissionRow(reader.GetGuid(0), reader.GetString(1), Text(reader, 2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetGuid(4), Text(reader, 5), Text(reader, 6)));
        }
        return rows;
    }

    /// <summary>Runs one SQL statement (a test breaking and mending the schema on purpose).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("truncate table article_entities, article_quotes, submissions, articles", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Polls until <paramref name="done"/> holds for the submissions table (bounded).</summary>
    public async Task<IReadOnlyList<SubmissionRow>> WaitForSubmissionsAsync(Func<IReadOnlyList<SubmissionRow>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        IReadOnlyList<SubmissionRow> rows = [];
        while (DateTime.UtcNow < deadline)
        {
            rows = await SubmissionsAsync();
            if (done(rows))
            {
                return rows;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"Submissions did not reach the expected state within {timeout}; have: " +
            string.Join("; ", rows.Select(r => $"{r.FileName}={r.Status}/{r.Reason}")));
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
