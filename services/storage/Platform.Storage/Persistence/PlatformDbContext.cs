using Microsoft.EntityFrameworkCore;

namespace Platform.Storage.Persistence;

/// <summary>The platform database. One model (<see cref="PlatformModel"/>), one subclass per provider, each with its own migrations.</summary>
public abstract class PlatformDbContext : DbContext
{
    protected PlatformDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ArticleRow> Articles => Set<ArticleRow>();

    public DbSet<SubmissionRow> Submissions => Set<SubmissionRow>();

    public DbSet<ArticleEntityRow> ArticleEntities => Set<ArticleEntityRow>();

    public DbSet<ArticleQuoteRow> ArticleQuotes => Set<ArticleQuoteRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => PlatformModel.Configure(modelBuilder);
}
