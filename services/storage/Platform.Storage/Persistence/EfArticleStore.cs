using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;

namespace Platform.Storage.Persistence;

/// <summary>
/// <see cref="IArticleStore"/> over EF Core. Each call uses its own short-lived context, so one instance serves
/// concurrent consumers. Idempotency is decided by the database: in one transaction, the article row and the ledger
/// row are inserted with <c>ON CONFLICT DO NOTHING</c> and the row counts say stored, duplicate or redelivery.
/// </summary>
internal sealed class EfArticleStore(Func<PlatformDbContext> createContext, TimeProvider clock) : IArticleStore
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var db = createContext();
        if (db.Database.IsSqlite())
        {
            CreateSqliteDataFolder(db.Database.GetConnectionString());
        }

        await db.Database.MigrateAsync(ct);

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers work while a writer commits; the setting is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    public async Task<StoreResult> SaveArticleAsync(ArticleExtracted message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var db = createContext();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(token => SaveInTransactionAsync(db, message, token), ct);
    }

    /// <summary>One attempt: safe to repeat, since every write is keyed and a repeat finds the ledger entry.</summary>
    private async Task<StoreResult> SaveInTransactionAsync(PlatformDbContext db, ArticleExtracted message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var article = ArticleRowMapper.ToArticleRow(message, now);
        var articleIsNew = await InsertIgnoringConflict.ExecuteAsync(db, article, ct) == 1;
        var status = articleIsNew ? SubmissionStatus.Stored : SubmissionStatus.Duplicate;

        var ledger = ArticleRowMapper.ToLedgerRow(message, status, now);
        var firstDelivery = await InsertIgnoringConflict.ExecuteAsync(db, ledger, ct) == 1;
        if (!firstDelivery)
        {
            var recorded = await db.Submissions.SingleAsync(s => s.CorrelationId == message.CorrelationId, ct);
            if (!IsProvisional(recorded))
            {
                // A redelivery: this correlation id already has an outcome. Undo anything this attempt wrote and answer as before.
                await transaction.RollbackAsync(ct);
                return RecordedOutcome(recorded, message.ArticleId);
            }
            // The message was sent back from storage_error once the cause was fixed (platform failures replay): its
            // storage-failure gives way to the outcome it has now, in the same one ledger row.
            recorded.Status = status;
            recorded.ArticleId = message.ArticleId;
            recorded.Stage = null;
            recorded.Reason = null;
            recorded.Detail = null;
            recorded.RecordedAt = now;
            await db.SaveChangesAsync(ct);
        }

        if (articleIsNew)
        {
            db.ArticleEntities.AddRange(ArticleRowMapper.ToEntityRows(message.ArticleId, message.Extraction));
            db.ArticleQuotes.AddRange(ArticleRowMapper.ToQuoteRows(message.ArticleId, message.Extraction));
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return new StoreResult(status, message.ArticleId, articleIsNew ? null : message.ArticleId);
    }

    /// <summary>Only a <c>storage-failure</c> (storing failed after retrying) can be followed by the article's real outcome.</summary>
    private static bool IsProvisional(SubmissionRow recorded) =>
        recorded.Status == SubmissionStatus.Rejected && recorded.Reason == RejectionReasons.StorageFailure;

    private static StoreResult RecordedOutcome(SubmissionRow recorded, Guid messageArticleId)
    {
        var articleId = recorded.ArticleId ?? messageArticleId;
        var duplicateOf = recorded.Status == SubmissionStatus.Duplicate ? articleId : (Guid?)null;
        return new StoreResult(recorded.Status, articleId, duplicateOf);
    }

    public async Task RecordRejectionAsync(ArticleRejected message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var db = createContext();
        var ledger = ArticleRowMapper.ToLedgerRow(message, clock.GetUtcNow());
        // The same bytes rejected again for the same reason (an empty or unreadable file processed twice) keep their one
        // row: the earlier outcome stands for the new submission too.
        if (await db.Submissions.AsNoTracking().AnyAsync(s => s.SubmissionId == ledger.SubmissionId && s.Status == SubmissionStatus.Rejected
                && s.Reason == ledger.Reason && s.Stage == ledger.Stage, ct))
        {
            return;
        }
        await InsertIgnoringConflict.ExecuteAsync(db, ledger, ct);
    }

    public async Task<StoredArticle?> FindArticleAsync(Guid articleId, CancellationToken ct)
    {
        await using var db = createContext();
        var row = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, ct);
        return row is null ? null : ArticleRowMapper.ToStoredArticle(row);
    }

    public async Task<SubmissionRecord?> FindSubmissionAsync(Guid correlationId, CancellationToken ct)
    {
        await using var db = createContext();
        var row = await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.CorrelationId == correlationId, ct);
        return row is null ? null : ArticleRowMapper.ToSubmissionRecord(row);
    }

    public async Task<int> CountArticlesAsync(CancellationToken ct)
    {
        await using var db = createContext();
        return await db.Articles.CountAsync(ct);
    }

    private static void CreateSqliteDataFolder(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrWhiteSpace(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
