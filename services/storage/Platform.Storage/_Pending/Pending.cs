// Temporary stand-in until the storage branch lands; deleted at merge.
using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
namespace Platform.Storage.Persistence;
public enum StorageProvider { Sqlite, Postgres }
public sealed record StoreResult(string Status, Guid ArticleId, Guid? DuplicateOf);
public sealed record StoredArticle(Guid ArticleId, string SubmissionId, ArticleDocument Article, TranslationProvenance Provenance, ArticleExtraction Extraction, DateTimeOffset StoredAt);
public sealed record SubmissionRecord(Guid CorrelationId, string SubmissionId, string? FileName, string Status, Guid? ArticleId, string? Stage, string? Reason, string? Detail, DateTimeOffset RecordedAt);
public interface IArticleStore
{
    Task MigrateAsync(CancellationToken ct);
    Task<StoreResult> SaveArticleAsync(ArticleExtracted message, CancellationToken ct);
    Task RecordRejectionAsync(ArticleRejected message, CancellationToken ct);
    Task<StoredArticle?> FindArticleAsync(Guid articleId, CancellationToken ct);
    Task<SubmissionRecord?> FindSubmissionAsync(Guid correlationId, CancellationToken ct);
    Task<int> CountArticlesAsync(CancellationToken ct);
}
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddArticleStore(this IServiceCollection services, StorageProvider provider, string connectionString)
        => services.AddSingleton<IArticleStore, PendingStore>();
}
internal sealed class PendingStore : IArticleStore
{
    private readonly ConcurrentDictionary<Guid, StoredArticle> _a = new();
    private readonly ConcurrentDictionary<Guid, SubmissionRecord> _s = new();
    public Task MigrateAsync(CancellationToken ct) => Task.CompletedTask;
    public Task<StoreResult> SaveArticleAsync(ArticleExtracted m, CancellationToken ct)
    {
        var added = _a.TryAdd(m.ArticleId, new StoredArticle(m.ArticleId, m.SubmissionId, m.Article, m.Provenance, m.Extraction, DateTimeOffset.UtcNow));
        var r = added ? new StoreResult("stored", m.ArticleId, null) : new StoreResult("duplicate", m.ArticleId, m.ArticleId);
        _s.TryAdd(m.CorrelationId, new SubmissionRecord(m.CorrelationId, m.SubmissionId, m.Article.FileName, r.Status, m.ArticleId, null, null, null, DateTimeOffset.UtcNow));
        return Task.FromResult(r);
    }
    public Task RecordRejectionAsync(ArticleRejected m, CancellationToken ct) { _s.TryAdd(m.CorrelationId, new SubmissionRecord(m.CorrelationId, m.SubmissionId, m.FileName, "rejected", m.ArticleId, m.Stage, m.Reason, m.Detail, DateTimeOffset.UtcNow)); return Task.CompletedTask; }
    public Task<StoredArticle?> FindArticleAsync(Guid id, CancellationToken ct) => Task.FromResult(_a.TryGetValue(id, out var a) ? a : null);
    public Task<SubmissionRecord?> FindSubmissionAsync(Guid id, CancellationToken ct) => Task.FromResult(_s.TryGetValue(id, out var a) ? a : null);
    public Task<int> CountArticlesAsync(CancellationToken ct) => Task.FromResult(_a.Count);
}
