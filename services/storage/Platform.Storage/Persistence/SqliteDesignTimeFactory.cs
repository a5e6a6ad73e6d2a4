using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Storage.Persistence;

/// <summary>Lets <c>dotnet ef</c> build <see cref="SqlitePlatformDbContext"/> against <c>./platform-data/platform.db</c>.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlitePlatformDbContext>();
        PlatformDbOptions.UseSqlite(options, "./platform-data/platform.db");
        return new SqlitePlatformDbContext(options.Options);
    }
}
