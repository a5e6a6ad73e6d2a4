using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Platform.Storage.Persistence;

/// <summary>The provider-neutral model both database contexts share: tables, keys, indexes, snake_case names.</summary>
internal static class PlatformModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<ArticleRow>(article =>
        {
            article.ToTable("articles");
            article.HasKey(a => a.Id);
            article.Property(a => a.Id).ValueGeneratedNever();
            article.HasIndex(a => a.SourceLanguage);
            article.HasIndex(a => a.PublishedUtc);
            article.HasIndex(a => a.SubmissionId);
            article.HasIndex(a => a.PublishedLocal);
        });

        model.Entity<SubmissionRow>(submission =>
        {
            submission.ToTable("submissions");
            submission.HasKey(s => s.CorrelationId);
            submission.Property(s => s.CorrelationId).ValueGeneratedNever();
            submission.HasIndex(s => s.SubmissionId);
            submission.HasIndex(s => s.ArticleId);
        });

        model.Entity<ArticleEntityRow>(entity =>
        {
            entity.ToTable("article_entities");
            entity.HasKey(e => new { e.ArticleId, e.Ordinal });
            entity.Property(e => e.Ordinal).ValueGeneratedNever();
            entity.HasOne<ArticleRow>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
            entity.HasIndex(e => new { e.Type, e.Canonical });
        });

        model.Entity<ArticleQuoteRow>(quote =>
        {
            quote.ToTable("article_quotes");
            quote.HasKey(q => new { q.ArticleId, q.Ordinal });
            quote.Property(q => q.Ordinal).ValueGeneratedNever();
            quote.HasOne<ArticleRow>().WithMany().HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        foreach (var entityType in model.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    /// <summary>"PublishedOffsetMinutes" becomes "published_offset_minutes".</summary>
    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLower = i > 0 && char.IsLower(name[i - 1]);
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (i > 0 && (previousIsLower || (nextIsLower && char.IsUpper(name[i - 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
