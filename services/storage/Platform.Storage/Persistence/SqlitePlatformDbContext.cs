using Microsoft.EntityFrameworkCore;

namespace Platform.Storage.Persistence;

/// <summary>
/// The platform database in an embedded SQLite file. SQLite has no offset-aware time type, so every
/// <see cref="DateTimeOffset"/> is stored as a fixed-width UTC ISO 8601 string, which sorts and compares in time order.
/// Migrations in <c>Migrations/Sqlite</c>.
/// </summary>
public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options) : PlatformDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcIsoStringConverter>();
    }
}
