using Microsoft.EntityFrameworkCore;

namespace Platform.Storage.Persistence;

/// <summary>The platform database on PostgreSQL: instants as <c>timestamptz</c>. Migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresPlatformDbContext(DbContextOptions<PostgresPlatformDbContext> options) : PlatformDbContext(options);
