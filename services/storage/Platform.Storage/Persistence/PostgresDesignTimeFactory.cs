using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Storage.Persistence;

/// <summary>Lets <c>dotnet ef</c> build <see cref="PostgresPlatformDbContext"/>; the connection string comes from
/// <c>PLATFORM_POSTGRES_CONNECTION</c> when set (only needed for <c>database update</c>).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPlatformDbContext>
{
    public PostgresPlatformDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("PLATFORM_POSTGRES_CONNECTION")
            ?? "Host=127.0.0.1;Port=55432;Username=platform;Database=platform";
        var options = new DbContextOptionsBuilder<PostgresPlatformDbContext>();
        PlatformDbOptions.UsePostgres(options, connectionString);
        return new PostgresPlatformDbContext(options.Options);
    }
}
