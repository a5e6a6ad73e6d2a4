using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Extraction;
using Platform.Ingest;
using Platform.Ingest.Decoding;
using Platform.Ingest.Intake;
using Platform.Messaging;
using Platform.Provenance;
using Platform.Storage;
using Platform.Storage.Persistence;

namespace Platform.Pipeline.Tests;

/// <summary>Each stage's consumer through its real registration extension, on MassTransit's test harness.</summary>
public sealed class StageConsumerTests
{
    [Fact]
    public async Task Ingest_stage_publishes_ArticleIngested_for_a_sample_style_file()
    {
        await using var stage = await StageHarness.StartAsync(x => x.AddIngestStage());
        var intake = new ArticleIntake(new IngestOptions(), stage.Harness.Bus);

        var receipt = await intake.SubmitAsync(TestArticles.Bytes("busan-port-automation.txt"), "busan-port-automation.txt", null, "test", null, CancellationToken.None);

        Assert.True(await stage.Harness.Consumed.Any<IngestArticleFile>());
        var command = stage.Harness.Consumed.Select<IngestArticleFile>().Single().Context.Message;
        Assert.Equal(receipt.CorrelationId, command.CorrelationId);
        var published = stage.Harness.Published.Select<ArticleIngested>().Single().Context.Message;
        Assert.Equal(command.CorrelationId, published.CorrelationId);
        Assert.Equal(command.SubmissionId, published.SubmissionId);
        Assert.Equal("Busan port union agrees to phased automation after three-day talks", published.Article.Headline);
        Assert.Equal("busan-port-automation.txt", published.Article.FileName);
        Assert.False(await stage.Harness.Published.Any<ArticleRejected>());
    }

    [Fact]
    public async Task Ingest_stage_rejects_an_empty_file_with_its_reason()
    {
        await using var stage = await StageHarness.StartAsync(x => x.AddIngestStage());
        var receipt = await new ArticleIntake(new IngestOptions(), stage.Harness.Bus).SubmitAsync([], "empty.txt", null, "test", null, CancellationToken.None);

        Assert.True(await stage.Harness.Published.Any<ArticleRejected>());
        var rejected = stage.Harness.Published.Select<ArticleRejected>().Single().Context.Message;
        Assert.Equal("empty-file", rejected.Reason);
        Assert.Equal(PipelineStages.Ingest, rejected.Stage);
        Assert.Equal(receipt.CorrelationId, rejected.CorrelationId);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Detail));
        Assert.False(await stage.Harness.Published.Any<ArticleIngested>());
    }

    [Fact]
    public async Task Provenance_stage_resolves_the_translation_note()
    {
        var (id, article) = TestArticles.Decode("busan-port-automation.txt");
        await using var stage = await StageHarness.StartAsync(x => x.AddProvenanceStage());

        await stage.Harness.Bus.Publish(new ArticleIngested { SubmissionId = "s1", CorrelationId = Guid.NewGuid(), ArticleId = id, Article = article });

        Assert.True(await stage.Harness.Published.Any<ArticleProvenanceResolved>());
        var resolved = stage.Harness.Published.Select<ArticleProvenanceResolved>().Single().Context.Message;
        Assert.True(resolved.Provenance.IsTranslation);
        Assert.Equal("ko", resolved.Provenance.SourceLanguage);
        Assert.Equal("generative-ai", resolved.Provenance.Method);
        Assert.Equal(article.Headline, resolved.Article.Headline);
        Assert.Equal(article.Body, resolved.Article.Body);
    }

    [Fact]
    public async Task Extraction_stage_extracts_quotes_with_offsets_into_the_body()
    {
        var (id, article) = TestArticles.Decode("rhine-flood-barriers.txt");
        await using var stage = await StageHarness.StartAsync(x => x.AddExtractionStage());

        await stage.Harness.Bus.Publish(new ArticleProvenanceResolved
        {
            SubmissionId = "s1", CorrelationId = Guid.NewGuid(), ArticleId = id, Article = article,
            Provenance = new TranslationProvenance { IsTranslation = null },
        });

        Assert.True(await stage.Harness.Published.Any<ArticleExtracted>());
        var extraction = stage.Harness.Published.Select<ArticleExtracted>().Single().Context.Message.Extraction;
        Assert.True(extraction.Attempted);
        var quote = Assert.Single(extraction.Quotes);
        Assert.Equal(quote.Text, article.Body[quote.Start..quote.End]);
        Assert.StartsWith("The next 48 hours", quote.Text);
        Assert.Contains(extraction.Entities, e => e.Type == "location" && e.Canonical == "Cologne");
    }

    [Fact]
    public async Task Storage_stage_stores_once_and_reports_the_second_submission_as_duplicate()
    {
        var (id, article) = TestArticles.Decode("rhine-flood-barriers.txt");
        var folder = Directory.CreateTempSubdirectory("platform-storage-stage-");
        try
        {
            await using var stage = await StageHarness.StartAsync(
                x => x.AddStorageStage(StorageProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "p.db")}"),
                sp => sp.GetRequiredService<IArticleStore>().MigrateAsync(CancellationToken.None));
            ArticleExtracted Message(Guid correlation) => new()
            {
                SubmissionId = "s1", CorrelationId = correlation, ArticleId = id, Article = article,
                Provenance = new TranslationProvenance(),
                Extraction = new ArticleExtraction { Attempted = true, ExtractorVersion = "test" },
            };

            await stage.Harness.Bus.Publish(Message(Guid.NewGuid()));
            Assert.True(await stage.Harness.Published.Any<ArticleStored>(m => m.Context.Message.Status == "stored"));
            await stage.Harness.Bus.Publish(Message(Guid.NewGuid()));
            Assert.True(await stage.Harness.Published.Any<ArticleStored>(m => m.Context.Message.Status == "duplicate"));

            var duplicate = stage.Harness.Published.Select<ArticleStored>().Single(m => m.Context.Message.Status == "duplicate").Context.Message;
            Assert.Equal(id, duplicate.DuplicateOf);
            await using var scope = stage.Services.CreateAsyncScope();
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<IArticleStore>().CountArticlesAsync(CancellationToken.None));
        }
        finally
        {
            SqliteCleanup.Delete(folder);
        }
    }

    [Fact]
    public async Task Storage_stage_records_a_rejection_and_announces_it()
    {
        var folder = Directory.CreateTempSubdirectory("platform-storage-stage-");
        try
        {
            await using var stage = await StageHarness.StartAsync(
                x => x.AddStorageStage(StorageProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "p.db")}"),
                sp => sp.GetRequiredService<IArticleStore>().MigrateAsync(CancellationToken.None));
            var correlation = Guid.NewGuid();

            await stage.Harness.Bus.Publish(ArticleRejections.AtIntake("abc", correlation, "bad.bin", "binary-content", "The file is binary."));

            Assert.True(await stage.Harness.Published.Any<ArticleRejectionRecorded>());
            await using var scope = stage.Services.CreateAsyncScope();
            var record = await scope.ServiceProvider.GetRequiredService<IArticleStore>().FindSubmissionAsync(correlation, CancellationToken.None);
            Assert.NotNull(record);
            Assert.Equal("rejected", record!.Status);
            Assert.Equal("binary-content", record.Reason);
        }
        finally
        {
            SqliteCleanup.Delete(folder);
        }
    }
}
