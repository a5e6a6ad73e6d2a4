using Platform.Contracts;

namespace Platform.Storage.Persistence;

/// <summary>The only writer of the platform database: articles, their child rows and the submission ledger.</summary>
public interface IArticleStore
{
    /// <summary>Applies the EF Core migrations of the active provider (creates the SQLite data folder when needed).</summary>
    Task MigrateAsync(CancellationToken ct);

    /// <summary>
    /// Stores an extracted article. Idempotent: the database decides, keyed on <see cref="ArticleExtracted.CorrelationId"/>
    /// (the ledger) and <see cref="ArticleExtracted.ArticleId"/> (the article). Returns <c>stored</c> when the article row was
    /// new, <c>duplicate</c> when another submission already stored it; a redelivery returns the outcome recorded first, except
    /// a <c>storage-failure</c>, which a later successful store (the message replayed from <c>storage_error</c>) replaces.
    /// </summary>
    Task<StoreResult> SaveArticleAsync(ArticleExtracted message, CancellationToken ct);

    /// <summary>
    /// Records a rejection in the ledger. Idempotent on <see cref="ArticleRejected.CorrelationId"/>: the first outcome wins;
    /// and the same bytes (submission id) rejected again by the same stage for the same reason add no second row.
    /// </summary>
    Task RecordRejectionAsync(ArticleRejected message, CancellationToken ct);

    Task<StoredArticle?> FindArticleAsync(Guid articleId, CancellationToken ct);

    Task<SubmissionRecord?> FindSubmissionAsync(Guid correlationId, CancellationToken ct);

    Task<int> CountArticlesAsync(CancellationToken ct);
}
