using System.Text;
using Platform.Messaging;
using RabbitMQ.Client;

namespace Platform.EndToEnd.Tests;

/// <summary>The distributed run end to end: separate service processes, the real broker, the real database.</summary>
[Collection(DistributedPlatformCollection.Name)]
public sealed class DistributedPipelineTests(DistributedPlatform platform) : IAsyncLifetime
{
    private static readonly TimeSpan OutcomeTimeout = TimeSpan.FromMinutes(2);

    public Task InitializeAsync() => platform.Database.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [InfrastructureFact]
    public async Task Files_dropped_into_the_inbox_are_each_stored_once_with_headline_time_and_provenance()
    {
        DropIntoInbox("sample-article.txt", await File.ReadAllBytesAsync(RepositoryPaths.SampleArticle));
        DropIntoInbox("busan-port-automation.txt", await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Fixtures, "busan-port-automation.txt")));
        DropIntoInbox("empty-upload.txt", []);

        var submissions = await platform.Database.WaitForSubmissionsAsync(rows => rows.Count >= 3, OutcomeTimeout);

        Assert.Equal(3, submissions.Count);
        Assert.Equal("rejected", submissions.Single(s => s.FileName == "empty-upload.txt").Status);
        Assert.Equal("empty-file", submissions.Single(s => s.FileName == "empty-upload.txt").Reason);
        var articles = await platform.Database.ArticlesAsync();
        Assert.Equal(2, articles.Count);
        var sample = articles.Single(a => a.Headline == "North's troop dispatch to Russia signals deepening cooperation, Unification Ministry says");
        Assert.Equal(new DateTime(2025, 6, 19, 5, 28, 0, DateTimeKind.Utc), sample.PublishedUtc!.Value.ToUniversalTime());
        Assert.Equal(540, sample.OffsetMinutes);
        Assert.True(sample.IsTranslation);
        Assert.Equal("JoongAng Ilbo", sample.SourcePublication);
        Assert.Equal("ko", sample.SourceLanguage);
        Assert.Equal("generative-ai", sample.Method);
        Assert.Single(articles, a => a.Headline == "Busan port union agrees to phased automation after three-day talks");

        var processed = Path.Combine(platform.Inbox, "processed");
        Assert.True(File.Exists(Path.Combine(processed, "sample-article.txt")));
        Assert.Empty(Directory.GetFiles(platform.Inbox));
    }

    [InfrastructureFact]
    public async Task An_oversize_file_dropped_into_the_inbox_is_recorded_as_too_large_and_filed_under_failed_with_its_reason()
    {
        DropIntoInbox("huge.txt", new byte[DistributedPlatform.MaxFileBytes + 1024].Select(_ => (byte)'a').ToArray());

        var submissions = await platform.Database.WaitForSubmissionsAsync(rows => rows.Count >= 1, OutcomeTimeout);

        var rejection = Assert.Single(submissions);
        Assert.Equal("rejected", rejection.Status);
        Assert.Equal("too-large", rejection.Reason);
        var failed = Path.Combine(platform.Inbox, "failed");
        Assert.True(File.Exists(Path.Combine(failed, "huge.txt")));
        Assert.Contains("too-large", await File.ReadAllTextAsync(Path.Combine(failed, "huge.txt.reason.json")));
    }

    [InfrastructureFact]
    public async Task A_file_published_raw_with_RabbitMQ_Client_is_processed_like_a_dropped_file()
    {
        var content = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Fixtures, "rhine-flood-barriers.txt"));
        await using (var publisher = await RawPublisher.OpenAsync(platform.Settings, platform.VirtualHost))
        {
            await publisher.PublishAsync(content,
                new BasicProperties { ContentType = "text/plain", Headers = new Dictionary<string, object?> { ["filename"] = "rhine.txt" } });
        }

        var submissions = await platform.Database.WaitForSubmissionsAsync(rows => rows.Count >= 1, OutcomeTimeout);

        var submission = Assert.Single(submissions);
        Assert.Equal("stored", submission.Status);
        Assert.Equal("rhine.txt", submission.FileName);
        var article = Assert.Single(await platform.Database.ArticlesAsync());
        Assert.Equal("Cologne raises flood barriers as Rhine nears record level", article.Headline);
        Assert.Equal(60, article.OffsetMinutes);
    }

    [InfrastructureFact]
    public async Task A_text_body_published_through_the_management_HTTP_API_is_processed_without_any_header()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Fixtures, "busan-port-automation.txt"));

        Assert.True(await platform.Management.PublishTextAsync(platform.VirtualHost, QueueNames.RawIngest, text, fileName: null));

        var submissions = await platform.Database.WaitForSubmissionsAsync(rows => rows.Count >= 1, OutcomeTimeout);
        Assert.Equal("stored", Assert.Single(submissions).Status);
        var article = Assert.Single(await platform.Database.ArticlesAsync());
        Assert.Equal("Busan port union agrees to phased automation after three-day talks", article.Headline);
    }

    [InfrastructureFact]
    public async Task The_same_message_delivered_twice_to_two_storage_replicas_makes_one_row()
    {
        var content = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Fixtures, "rhine-flood-barriers.txt"));
        var messageId = Guid.NewGuid().ToString("D");
        await using (var publisher = await RawPublisher.OpenAsync(platform.Settings, platform.VirtualHost))
        {
            // The same message (same id) twice, as a redelivery would bring it, then the same file as a new drop.
            for (var i = 0; i < 2; i++)
            {
                await publisher.PublishAsync(content, new BasicProperties { MessageId = messageId });
            }
            await publisher.PublishAsync(content, new BasicProperties { MessageId = Guid.NewGuid().ToString("D") });
        }

        var submissions = await platform.Database.WaitForSubmissionsAsync(rows => rows.Count >= 2, OutcomeTimeout);
        await Task.Delay(TimeSpan.FromSeconds(3)); // let any stray second write show itself

        Assert.Single(await platform.Database.ArticlesAsync());
        submissions = await platform.Database.SubmissionsAsync();
        Assert.Equal(2, submissions.Count);
        Assert.Equal(new[] { "duplicate", "stored" }, submissions.Select(s => s.Status).Order().ToArray());
        Assert.Equal(2, submissions.Select(s => s.CorrelationId).Distinct().Count());
    }

    [InfrastructureFact]
    public async Task Durable_endpoints_are_quorum_queues_named_like_the_pipeline()
    {
        foreach (var queue in new[] { QueueNames.RawIngest, QueueNames.IngestFiles, QueueNames.Provenance, QueueNames.Extraction, QueueNames.Storage })
        {
            Assert.Equal("quorum", await platform.Management.QueueTypeAsync(platform.VirtualHost, queue));
        }
    }

    private void DropIntoInbox(string name, byte[] content)
    {
        // Written under a hidden name, then renamed: the watcher never sees a half-written file.
        var temporary = Path.Combine(platform.Inbox, "." + name + ".part");
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, Path.Combine(platform.Inbox, name));
    }
}
