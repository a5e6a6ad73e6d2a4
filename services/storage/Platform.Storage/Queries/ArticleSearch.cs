using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Storage.Persistence;

namespace Platform.Storage.Queries;

/// <summary>Lists and searches the stored articles: the filters of an <see cref="ArticleFilter"/>, ranked full text when
/// it has words (best first), otherwise newest first; one page at a time with the total count.</summary>
public sealed class ArticleSearch(PlatformDbContext db)
{
    public async Task<ResultPage<ArticleSummary>> FindAsync(ArticleFilter filter, CancellationToken ct)
    {
        filter = filter.Validated();
        var articles = ArticleConditions.Apply(db.Articles.AsNoTracking(), filter, db);
        var skip = (filter.Page - 1) * filter.PageSize;
        var terms = FullTextSearch.Terms(filter.Words);
        if (terms.Count == 0)
        {
            var total = await articles.CountAsync(ct);
            var rows = await articles
                .OrderBy(a => a.PublishedLocal == null).ThenByDescending(a => a.PublishedLocal).ThenBy(a => a.Headline)
                .Skip(skip).Take(filter.PageSize).Select(Columns).ToListAsync(ct);
            return new ResultPage<ArticleSummary>([.. rows.Select(r => r.ToSummary(null))], total, filter.Page, filter.PageSize);
        }

        var ranked = articles.Join(FullTextSearch.Match(db, terms), a => a.Id, h => h.Id, (a, h) => new { Article = a, h.Rank });
        var matches = await ranked.CountAsync(ct);
        var hits = await ranked
            .OrderByDescending(x => x.Rank).ThenBy(x => x.Article.Headline)
            .Skip(skip).Take(filter.PageSize)
            .Select(x => new { x.Article.Id, x.Rank })
            .ToListAsync(ct);
        var ids = hits.Select(h => h.Id).ToList();
        var columns = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(Columns).ToDictionaryAsync(c => c.Id, ct);
        return new ResultPage<ArticleSummary>([.. hits.Select(h => columns[h.Id].ToSummary(h.Rank))], matches, filter.Page, filter.PageSize);
    }

    private static readonly System.Linq.Expressions.Expression<Func<ArticleRow, SummaryColumns>> Columns = a => new SummaryColumns
    {
        Id = a.Id,
        Headline = a.Headline,
        Outlet = a.Outlet,
        PublishedUtc = a.PublishedUtc,
        PublishedOffsetMinutes = a.PublishedOffsetMinutes,
        PublishedLocal = a.PublishedLocal,
        Language = a.Language,
        AuthorNames = a.AuthorNames,
        IsTranslation = a.IsTranslation,
        Method = a.TranslationMethod,
        SourcePublication = a.SourcePublication,
        SourceLanguage = a.SourceLanguage,
        HasSuspicion = a.HasSuspicion,
        AiActStatus = a.AiActStatus,
    };

    /// <summary>The columns a summary is made of, read in one projection.</summary>
    private sealed class SummaryColumns
    {
        public Guid Id { get; init; }
        public string? Headline { get; init; }
        public string? Outlet { get; init; }
        public DateTimeOffset? PublishedUtc { get; init; }
        public int? PublishedOffsetMinutes { get; init; }
        public string? PublishedLocal { get; init; }
        public string? Language { get; init; }
        public string? AuthorNames { get; init; }
        public bool? IsTranslation { get; init; }
        public string? Method { get; init; }
        public string? SourcePublication { get; init; }
        public string? SourceLanguage { get; init; }
        public bool HasSuspicion { get; init; }
        public string? AiActStatus { get; init; }

        public ArticleSummary ToSummary(double? rank) => new(
            Id, Headline, Outlet, PublishedText.Of(PublishedUtc, PublishedOffsetMinutes, PublishedLocal), Language,
            AuthorNames?.Split('\n') ?? [], TranslationStatus.Of(IsTranslation), Method, SourcePublication, SourceLanguage,
            HasSuspicion, AiActStatus, rank is { } r ? Math.Round(r, 6) : null);
    }
}

/// <summary>A publication time from its stored columns, written as <c>process --json</c> writes it.</summary>
internal static class PublishedText
{
    public static string? Of(DateTimeOffset? utc, int? offsetMinutes, string? local) =>
        utc is { } u && offsetMinutes is { } offset
            ? u.ToOffset(TimeSpan.FromMinutes(offset)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)
            : local;
}
