using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Storage;
using Platform.Storage.Persistence;
using Platform.Storage.Pipeline;

namespace Platform.Pipeline.Tests;

/// <summary>When storing fails for good, the submission still ends with a recorded outcome.</summary>
public sealed class StorageFailureTests
{
    [Fact]
    public async Task An_article_that_cannot_be_stored_after_retries_is_recorded_as_a_storage_failure()
    {
        var (id, article) = TestArticles.Decode("rhine-flood-barriers.txt");
        var store = new StoreThatCannotSave();
        await using var stage = await StageHarness.StartAsync(x =>
        {
            x.AddStorageStage(StorageProvider.Sqlite, "Data Source=:memory:");
            x.AddSingleton<IArticleStore>(store);
        });
        var correlation = Guid.NewGuid();

        await stage.Harness.Bus.Publish(new ArticleExtracted
        {
            SubmissionId = "s1", CorrelationId = correlation, ArticleId = id, Article = article,
            Provenance = new TranslationProvenance(),
            Extraction = new ArticleExtraction { Attempted = true, ExtractorVersion = "test" },
        });

        Assert.True(await stage.Harness.Published.Any<ArticleRejectionRecorded>(m => m.Context.Message.CorrelationId == correlation));
        var rejection = Assert.Single(store.Rejections);
        Assert.Equal(RejectionReasons.StorageFailure, rejection.Reason);
        Assert.Equal("storage", rejection.Stage);
        Assert.Contains("disk full", rejection.Detail);
        Assert.True(store.SaveAttempts > 1, "bounded retry should have tried more than once");
        Assert.False(await stage.Harness.Published.Any<ArticleStored>());
    }

    private sealed class StoreThatCannotSave : IArticleStore
    {
        public List<ArticleRejected> Rejections { get; } = [];
        public int SaveAttempts;

        public Task<StoreResult> SaveArticleAsync(ArticleExtracted message, CancellationToken ct)
        {
            Interlocked.Increment(ref SaveAttempts);
            throw new IOException("disk full");
        }

        public Task RecordRejectionAsync(ArticleRejected message, CancellationToken ct)
        {
            lock (Rejections)
            {
                Rejections.Add(message);
            }
            return Task.CompletedTask;
        }

        public Task MigrateAsync(CancellationToken ct) => Task.CompletedTask;
        public Task<StoredArticle?> FindArticleAsync(Guid articleId, CancellationToken ct) => Task.FromResult<StoredArticle?>(null);
        public Task<SubmissionRecord?> FindSubmissionAsync(Guid correlationId, CancellationToken ct) => Task.FromResult<SubmissionRecord?>(null);
        public Task<int> CountArticlesAsync(CancellationToken ct) => Task.FromResult(0);
    }
}
