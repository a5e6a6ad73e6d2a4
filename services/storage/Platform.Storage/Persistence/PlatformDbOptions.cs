using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Platform.Storage.Persistence;

/// <summary>Provider options shared by the runtime registration and the design-time factories.</summary>
internal static class PlatformDbOptions
{
    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(NormalizeSqlite(connectionString), sqlite =>
            sqlite.MigrationsAssembly(typeof(SqlitePlatformDbContext).Assembly.GetName().Name));

    public static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql =>
        {
            npgsql.MigrationsAssembly(typeof(PostgresPlatformDbContext).Assembly.GetName().Name);
            npgsql.EnableRetryOnFailure(maxRetryCount: 5, maxRetryDelay: TimeSpan.FromSeconds(5), errorCodesToAdd: null);
        });

    /// <summary>A bare path becomes <c>Data Source=path</c>; a connection string is kept as given.</summary>
    internal static string NormalizeSqlite(string connectionString) =>
        connectionString.Contains('=', StringComparison.Ordinal)
            ? connectionString
            : new SqliteConnectionStringBuilder { DataSource = connectionString }.ToString();
}
