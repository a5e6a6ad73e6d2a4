using Npgsql;

namespace Platform.Storage.Tests.Postgres;

/// <summary>
/// The PostgreSQL roles of <c>deploy/infra.sh</c> on database <c>platform</c>: <c>platform_owner</c> owns the schema (migrations),
/// <c>platform_app</c> (storage at run time) reads and writes rows but cannot change the schema, <c>platform_reader</c> only reads.
/// A probe table made by the owner shows that the default privileges reach tables created after setup, as migrations' are.
/// </summary>
public sealed class DatabaseRoleTests : IAsyncLifetime
{
    private readonly string _table = "role_probe_" + Guid.NewGuid().ToString("N")[..12];
    private string _owner = "", _app = "", _reader = "";

    private static string Need(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{name} is not set: run `bash deploy/infra.sh up` and `eval \"$(bash deploy/infra.sh env)\"` first.");

    public async Task InitializeAsync()
    {
        if (TestNeeds.MissingPostgres() is not null) return; // skipped (PostgresFact)
        _owner = Need("PLATFORM_POSTGRES_OWNER_CONNECTION");
        _app = Need("PLATFORM_POSTGRES_APP_CONNECTION");
        _reader = Need("PLATFORM_POSTGRES_READONLY_CONNECTION");
        await ExecuteAsync(_owner, $"create table {_table} (id bigserial primary key, note text not null)");
    }

    public async Task DisposeAsync()
    {
        if (_owner.Length > 0) await ExecuteAsync(_owner, $"drop table if exists {_table}");
    }

    [PostgresFact]
    public async Task Runtime_role_writes_rows_but_cannot_drop_alter_or_create_a_table()
    {
        await ExecuteAsync(_app, $"insert into {_table} (note) values ('stored')"); // uses the sequence too
        await ExecuteAsync(_app, $"update {_table} set note = 'updated'");
        Assert.Equal(1L, await ScalarAsync(_app, $"select count(*) from {_table} where note = 'updated'"));

        await AssertRefusedAsync(_app, $"drop table {_table}");
        await AssertRefusedAsync(_app, $"alter table {_table} add column extra int");
        await AssertRefusedAsync(_app, $"create table {_table}_new (id int)");
        await AssertRefusedAsync(_app, $"truncate {_table}");
        Assert.Equal(1L, await ScalarAsync(_owner, $"select count(*) from {_table}"));
    }

    [PostgresFact]
    public async Task Read_only_role_reads_but_cannot_insert_update_or_delete()
    {
        await ExecuteAsync(_owner, $"insert into {_table} (note) values ('kept')");
        Assert.Equal(1L, await ScalarAsync(_reader, $"select count(*) from {_table}"));

        await AssertRefusedAsync(_reader, $"insert into {_table} (note) values ('written')");
        await AssertRefusedAsync(_reader, $"update {_table} set note = 'changed'");
        await AssertRefusedAsync(_reader, $"delete from {_table}");
        await AssertRefusedAsync(_reader, $"create table {_table}_new (id int)");
        Assert.Equal("kept", await ScalarAsync(_owner, $"select note from {_table}"));
    }

    [PostgresFact]
    public async Task Runtime_and_read_only_roles_are_not_superusers_and_cannot_create_roles_or_databases()
    {
        foreach (var connection in new[] { _app, _reader, _owner })
        {
            Assert.Equal(false, await ScalarAsync(connection,
                "select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user"));
        }
    }

    private static async Task AssertRefusedAsync(string connection, string sql)
    {
        var e = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, sql));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, e.SqlState);
    }

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        return await command.ExecuteScalarAsync();
    }
}
