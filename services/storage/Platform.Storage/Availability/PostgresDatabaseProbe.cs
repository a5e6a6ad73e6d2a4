using Npgsql;

namespace Platform.Storage.Availability;

/// <summary>
/// Opens a fresh connection (outside the pool, so a pooled connection left over from before an outage cannot fake an
/// answer) and runs <c>SELECT 1</c>.
/// </summary>
public sealed class PostgresDatabaseProbe(string connectionString) : IDatabaseProbe
{
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        Pooling = false,
        Timeout = 3,
        CommandTimeout = 3,
    }.ConnectionString;

    public async Task<bool> AnswersAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        return await command.ExecuteScalarAsync(ct) is 1;
    }
}
