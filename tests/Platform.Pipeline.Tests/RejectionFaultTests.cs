using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Storage;
using Platform.Storage.Persistence;

namespace Platform.Pipeline.Tests;

/// <summary>A rejection that cannot be recorded even after the rejection endpoint's retry is not lost: its fault records it.</summary>
public sealed class RejectionFaultTests
{
    [Fact]
    public async Task A_rejection_whose_recording_fails_for_good_is_recorded_from_its_fault_exactly_once()
    {
        // Fails every attempt of the storage-rejections endpoint (1 + 3 retries), then works again: the database came back.
        var store = new StoreThatRecoversAfter(failures: 4);
        await using var stage = await StageHarness.StartAsync(x =>
        {
            x.AddStorageStage(StorageProvider.Sqlite, "Data Source=:memory:");
            x.AddSingleton<IArticleStore>(store);
        });
        var correlation = Guid.NewGuid();

        await stage.Harness.Bus.Publish(ArticleRejections.AtIntake("s-fault", correlation, "empty.txt", RejectionReasons.EmptyFile, "Empty."));

        Assert.True(await stage.Harness.Published.Any<Fault<ArticleRejected>>());
        Assert.True(await stage.Harness.Published.Any<ArticleRejectionRecorded>(m => m.Context.Message.CorrelationId == correlation));
        var recorded = Assert.Single(store.Recorded);
        Assert.Equal(RejectionReasons.EmptyFile, recorded.Reason);
        Assert.Equal(correlation, recorded.CorrelationId);
        Assert.Equal(5, store.Attempts);
    }

    private sealed class StoreThatRecoversAfter(int failures) : IArticleStore
    {
        private int _attempts;
        public int Attempts => _attempts;
        public List<ArticleRejected> Recorded { get; } = [];

        public Task RecordRejectionAsync(ArticleRejected message, CancellationToken ct)
        {
            if (Interlocked.Increment(ref _attempts) <= failures) throw new IOException("database unavailable");
            lock (Recorded) Recorded.Add(message);
            return Task.CompletedTask;
        }

        public Task<StoreResult> SaveArticleAsync(ArticleExtracted message, CancellationToken ct) => throw new NotSupportedException();
        public Task MigrateAsync(CancellationToken ct) => Task.CompletedTask;
        public Task<StoredArticle?> FindArticleAsync(Guid articleId, CancellationToken ct) => Task.FromResult<StoredArticle?>(null);
        public Task<SubmissionRecord?> FindSubmissionAsync(Guid correlationId, CancellationToken ct) => Task.FromResult<SubmissionRecord?>(null);
        public Task<int> CountArticlesAsync(CancellationToken ct) => Task.FromResult(0);
    }
}
