using System.Net.Sockets;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Storage;
using Platform.Storage.Availability;
using Platform.Storage.Persistence;

namespace Platform.Pipeline.Tests;

/// <summary>
/// While the database does not answer (a probe the test controls), storage holds its messages: nothing becomes a fault, a
/// rejection or an <c>_error</c> entry, and each is written once the database answers again.
/// </summary>
public sealed class StorageOutageTests
{
    /// <summary>Asks the harness for what was published so far, without waiting for more.</summary>
    private static readonly CancellationToken SoFar = new(canceled: true);

    private static readonly AvailabilityTimings Fast = new(TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100));

    [Fact]
    public async Task An_article_that_fails_while_the_database_is_away_is_held_and_stored_when_it_answers()
    {
        var (id, article) = TestArticles.Decode("rhine-flood-barriers.txt");
        var database = new SwitchableDatabase();
        await using var stage = await StartAsync(database);
        var correlation = Guid.NewGuid();

        await stage.Harness.Bus.Publish(new ArticleExtracted
        {
            SubmissionId = "s1", CorrelationId = correlation, ArticleId = id, Article = article,
            Provenance = new TranslationProvenance(),
            Extraction = new ArticleExtraction { Attempted = true, ExtractorVersion = "test" },
        });

        await database.WaitUntilProbedAsync(times: 10);
        Assert.Equal(1, database.SaveAttempts); // held in flight, not retried into a fault
        Assert.Empty(stage.Harness.Published.Select<Fault<ArticleExtracted>>(SoFar));
        Assert.Empty(stage.Harness.Published.Select<ArticleStored>(SoFar));

        database.ComeBack();

        Assert.True(await stage.Harness.Published.Any<ArticleStored>(m => m.Context.Message.CorrelationId == correlation));
        Assert.Equal(2, database.SaveAttempts);
        Assert.Empty(stage.Harness.Published.Select<Fault<ArticleExtracted>>(SoFar));
        Assert.Empty(database.Rejections);
    }

    [Fact]
    public async Task A_rejection_that_arrives_while_the_database_is_away_is_recorded_when_it_answers()
    {
        var database = new SwitchableDatabase();
        await using var stage = await StartAsync(database);
        var rejection = ArticleRejections.AtIntake("s2", Guid.NewGuid(), "empty.txt", RejectionReasons.EmptyFile, "The file is empty.");

        await stage.Harness.Bus.Publish(rejection);

        await database.WaitUntilProbedAsync(times: 10);
        Assert.Empty(stage.Harness.Published.Select<ArticleRejectionRecorded>(SoFar));
        Assert.Empty(stage.Harness.Published.Select<Fault<ArticleRejected>>(SoFar));

        database.ComeBack();

        Assert.True(await stage.Harness.Published.Any<ArticleRejectionRecorded>(m => m.Context.Message.CorrelationId == rejection.CorrelationId));
        Assert.Equal(RejectionReasons.EmptyFile, Assert.Single(database.Rejections).Reason);
        Assert.Empty(stage.Harness.Published.Select<Fault<ArticleRejected>>(SoFar));
    }

    private static Task<StageHarness> StartAsync(SwitchableDatabase database) => StageHarness.StartAsync(x =>
    {
        x.AddStorageStage(StorageProvider.Sqlite, "Data Source=:memory:");
        x.AddSingleton<IArticleStore>(database);
        x.AddSingleton<IDatabaseProbe>(database);
        x.AddSingleton(Fast);
    });

    /// <summary>A store and its probe: away (connection refused, no answer) until <see cref="ComeBack"/>.</summary>
    private sealed class SwitchableDatabase : IArticleStore, IDatabaseProbe
    {
        private volatile bool _up;
        private int _probed;
        private int _saveAttempts;
        public List<ArticleRejected> Rejections { get; } = [];
        public int SaveAttempts => Volatile.Read(ref _saveAttempts);

        public void ComeBack() => _up = true;

        public async Task WaitUntilProbedAsync(int times)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            while (Volatile.Read(ref _probed) < times && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
            Assert.True(Volatile.Read(ref _probed) >= times, "storage should keep probing the database while it is away");
        }

        public Task<bool> AnswersAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref _probed);
            return _up ? Task.FromResult(true) : throw Refused();
        }

        public Task<StoreResult> SaveArticleAsync(ArticleExtracted message, CancellationToken ct)
        {
            Interlocked.Increment(ref _saveAttempts);
            return _up ? Task.FromResult(new StoreResult(SubmissionStatus.Stored, message.ArticleId, null)) : throw Refused();
        }

        public Task RecordRejectionAsync(ArticleRejected message, CancellationToken ct)
        {
            if (!_up)
            {
                throw Refused();
            }
            lock (Rejections)
            {
                Rejections.Add(message);
            }
            return Task.CompletedTask;
        }

        private static NpgsqlException Refused() =>
            new("Failed to connect to 127.0.0.1:55432", new SocketException((int)SocketError.ConnectionRefused));

        public Task MigrateAsync(CancellationToken ct) => Task.CompletedTask;
        public Task<StoredArticle?> FindArticleAsync(Guid articleId, CancellationToken ct) => Task.FromResult<StoredArticle?>(null);
        public Task<SubmissionRecord?> FindSubmissionAsync(Guid correlationId, CancellationToken ct) => Task.FromResult<SubmissionRecord?>(null);
        public Task<int> CountArticlesAsync(CancellationToken ct) => Task.FromResult(0);
    }
}
