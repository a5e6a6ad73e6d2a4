using System.Globalization;
using Platform.Contracts;
using Platform.Storage.Persistence;

namespace Platform.Storage.Queries;

/// <summary>
/// The filters of an <see cref="ArticleFilter"/> as LINQ over <c>articles</c>, written once so both databases (and every
/// question that narrows by article) ask the same thing. Text is compared lower-cased; dates by the local date printed.
/// </summary>
internal static class ArticleConditions
{
    public static IQueryable<ArticleRow> Apply(IQueryable<ArticleRow> articles, ArticleFilter f, PlatformDbContext db)
    {
        articles = Dated(articles, f.From, f.To);
        if (Lower(f.Language) is { } language) articles = articles.Where(a => a.Language != null && a.Language.ToLower() == language);
        if (Lower(f.Outlet) is { } outlet) articles = articles.Where(a => a.Outlet != null && a.Outlet.ToLower().Contains(outlet));
        if (Lower(f.Author) is { } author) articles = articles.Where(a => a.AuthorNames != null && a.AuthorNames.ToLower().Contains(author));
        articles = f.Translation switch
        {
            TranslationStatus.Yes => articles.Where(a => a.IsTranslation == true),
            TranslationStatus.No => articles.Where(a => a.IsTranslation == false),
            TranslationStatus.Unknown => articles.Where(a => a.IsTranslation == null),
            _ => articles,
        };
        if (Lower(f.Method) is { } method) articles = articles.Where(a => a.TranslationMethod != null && a.TranslationMethod.ToLower() == method);
        if (Lower(f.SourcePublication) is { } source)
            articles = articles.Where(a => a.SourcePublication != null && a.SourcePublication.ToLower().Contains(source));
        if (Lower(f.SourceLanguage) is { } sourceLanguage)
            articles = articles.Where(a => a.SourceLanguage != null && a.SourceLanguage.ToLower() == sourceLanguage);
        if (f.Suspicion) articles = articles.Where(a => a.HasSuspicion);
        if (f.AiUnreviewed)
            articles = articles.Where(a => a.AiActStatus == AiActStatuses.AiNotDisclosed || a.AiActStatus == AiActStatuses.AiDisclosedNoReview);
        if (Lower(f.Entity) is { } entity)
        {
            var mentioning = Mentioning(db, entity);
            articles = articles.Where(a => mentioning.Contains(a.Id));
        }
        return articles;
    }

    /// <summary>Articles published (local date) from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    public static IQueryable<ArticleRow> Dated(IQueryable<ArticleRow> articles, DateOnly? from, DateOnly? to)
    {
        if (from is { } f)
        {
            var start = Iso(f);
            articles = articles.Where(a => a.PublishedLocal != null && string.Compare(a.PublishedLocal, start) >= 0);
        }
        if (to is { } t)
        {
            var end = Iso(t.AddDays(1));
            articles = articles.Where(a => a.PublishedLocal != null && string.Compare(a.PublishedLocal, end) < 0);
        }
        return articles;
    }

    /// <summary>Ids of articles that mention an entity by its canonical name or by any mention form (lower-cased name).</summary>
    public static IQueryable<Guid> Mentioning(PlatformDbContext db, string lowerName) =>
        db.ArticleEntities
            .Where(e => e.Canonical.ToLower() == lowerName || (e.Text != null && e.Text.ToLower() == lowerName))
            .Select(e => e.ArticleId)
            .Distinct();

    public static string? Lower(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
