using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Storage;
using Platform.Storage.Persistence;

namespace Platform.Pipeline.Tests;

/// <summary>The dead-letter queue's consumer and the recording of a rejection that failed for good, on the test harness over
/// the real storage registration and a real (SQLite) store.</summary>
public sealed class DeadLetterTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("platform-dead-letters-");
    private StageHarness _stage = null!;

    public async Task InitializeAsync() => _stage = await StageHarness.StartAsync(
        x => x.AddStorageStage(StorageProvider.Sqlite, $"Data Source={Path.Combine(_folder.FullName, "p.db")}"),
        sp => sp.GetRequiredService<IArticleStore>().MigrateAsync(CancellationToken.None));

    public async Task DisposeAsync()
    {
        await _stage.DisposeAsync();
        SqliteCleanup.Delete(_folder);
    }

    [Fact]
    public async Task A_dead_lettered_article_message_without_an_outcome_is_recorded_once_as_a_poison_message()
    {
        var message = Provenanced(Guid.NewGuid());

        await SendDeadLetterAsync(message, "extraction", "delivery_limit");
        Assert.True(await _stage.Harness.Published.Any<ArticleRejectionRecorded>(m => m.Context.Message.CorrelationId == message.CorrelationId));
        await SendDeadLetterAsync(message, "extraction", "delivery_limit"); // the same message dead-lettered again

        var record = await FindAsync(message.CorrelationId);
        Assert.NotNull(record);
        Assert.Equal(SubmissionStatus.Rejected, record!.Status);
        Assert.Equal(RejectionReasons.PoisonMessage, record.Reason);
        Assert.Equal(PipelineStages.Extraction, record.Stage);
        Assert.Contains("'extraction'", record.Detail);
        Assert.Contains("delivery_limit", record.Detail);
        await WaitUntilConsumedAsync(2);
        Assert.Single(_stage.Harness.Published.Select<ArticleRejectionRecorded>(m => m.Context.Message.CorrelationId == message.CorrelationId));
    }

    [Fact]
    public async Task A_dead_letter_of_a_submission_that_already_has_an_outcome_records_nothing()
    {
        var correlation = Guid.NewGuid();
        await _stage.Harness.Bus.Publish(ArticleRejections.AtIntake("s-known", correlation, "known.txt", RejectionReasons.EmptyFile, "Empty."));
        Assert.True(await _stage.Harness.Published.Any<ArticleRejectionRecorded>(m => m.Context.Message.CorrelationId == correlation));

        await SendDeadLetterAsync(Provenanced(correlation), "extraction", "delivery_limit");
        await WaitUntilConsumedAsync(1);

        var record = await FindAsync(correlation);
        Assert.Equal(RejectionReasons.EmptyFile, record!.Reason);
        Assert.Single(_stage.Harness.Published.Select<ArticleRejectionRecorded>(m => m.Context.Message.CorrelationId == correlation));
    }

    [Fact]
    public async Task A_published_article_message_does_not_reach_the_dead_letter_endpoint()
    {
        var message = Provenanced(Guid.NewGuid());
        await _stage.Harness.Bus.Publish(message); // no stage of this harness consumes it; the dead-letter queue subscribes to nothing

        Assert.True(await _stage.Harness.Published.Any<ArticleProvenanceResolved>());
        Assert.False(await _stage.Harness.Consumed.Any<ArticleProvenanceResolved>());
        Assert.Null(await FindAsync(message.CorrelationId));
    }

    private async Task SendDeadLetterAsync<T>(T message, string queue, string reason) where T : class
    {
        var endpoint = await _stage.Harness.Bus.GetSendEndpoint(new Uri($"queue:{QueueNames.DeadLetters}"));
        await endpoint.Send(message, context =>
        {
            context.Headers.Set(DeadLetterDeath.DeathHeader, new List<object>
            {
                new Dictionary<string, object?> { ["queue"] = queue, ["reason"] = reason, ["count"] = 51L },
            });
        });
    }

    private async Task WaitUntilConsumedAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (_stage.Harness.Consumed.Select<ArticleProvenanceResolved>().Count() < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.Equal(count, _stage.Harness.Consumed.Select<ArticleProvenanceResolved>().Count());
        await _stage.Harness.InactivityTask; // the consumer finished (and published what it would)
    }

    private async Task<SubmissionRecord?> FindAsync(Guid correlation)
    {
        await using var scope = _stage.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IArticleStore>().FindSubmissionAsync(correlation, CancellationToken.None);
    }

    private static ArticleProvenanceResolved Provenanced(Guid correlation)
    {
        var (id, article) = TestArticles.Decode("rhine-flood-barriers.txt");
        return new ArticleProvenanceResolved
        {
            SubmissionId = "s-" + correlation.ToString("N"), CorrelationId = correlation, ArticleId = id, Article = article,
            Provenance = new TranslationProvenance(),
        };
    }
}
