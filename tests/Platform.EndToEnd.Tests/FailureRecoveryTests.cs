using System.Text;
using System.Text.Json;
using Platform.Messaging;
using RabbitMQ.Client;

namespace Platform.EndToEnd.Tests;

/// <summary>
/// The failure policy on the real broker and database: stage queues with a delivery limit and one dead-letter queue, a message
/// dead-lettered past the limit recorded once as <c>poison-message</c>, <c>platform failures list/replay</c> on a real
/// <c>_error</c> message, and <c>platform submit --wait</c>.
/// </summary>
[Collection(DistributedPlatformCollection.Name)]
public sealed class FailureRecoveryTests(DistributedPlatform platform) : IAsyncLifetime
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("platform-e2e-failures-");

    public Task InitializeAsync() => platform.Database.ResetAsync();

    public Task DisposeAsync()
    {
        _work.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [InfrastructureFact]
    public async Task Stage_queues_limit_deliveries_and_dead_letter_into_one_quorum_queue()
    {
        foreach (var queue in new[] { QueueNames.IngestFiles, QueueNames.Provenance, QueueNames.Extraction, QueueNames.Storage, QueueNames.StorageRejections })
        {
            var arguments = await platform.Management.QueueArgumentsAsync(platform.VirtualHost, queue);
            Assert.Equal("quorum", arguments["x-queue-type"].GetString());
            Assert.Equal(DeadLetterPolicy.DefaultDeliveryLimit, arguments["x-delivery-limit"].GetInt32());
            Assert.Equal(QueueNames.DeadLetters, arguments["x-dead-letter-exchange"].GetString());
        }
        var deadLetters = await platform.Management.QueueArgumentsAsync(platform.VirtualHost, QueueNames.DeadLetters);
        Assert.Equal("quorum", deadLetters["x-queue-type"].GetString());
        Assert.False(deadLetters.ContainsKey("x-delivery-limit"));
        Assert.False(deadLetters.ContainsKey("x-dead-letter-exchange"));
    }

    [InfrastructureFact]
    public async Task A_message_returned_past_its_delivery_limit_ends_as_exactly_one_poison_message_rejection()
    {
        // A queue under the same policy as a stage queue, with a limit of 2, and no consumer but this test, which keeps handing
        // the message back (as a consumer that crashes on it would).
        const string probe = "e2e-poison-probe";
        await using var connection = await Connect();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(probe, durable: true, exclusive: false, autoDelete: false, arguments: new Dictionary<string, object?>
        {
            ["x-queue-type"] = "quorum",
            [DeadLetterPolicy.DeliveryLimitArgument] = 2,
            [DeadLetterPolicy.DeadLetterExchangeArgument] = QueueNames.DeadLetters,
        });
        var correlation = Guid.NewGuid();
        var submission = "poison" + Guid.NewGuid().ToString("N");
        var envelope = JsonSerializer.Serialize(new
        {
            messageId = Guid.NewGuid(),
            messageType = new[] { "urn:message:Platform.Contracts:IngestArticleFile" },
            message = new
            {
                schemaVersion = 1, submissionId = submission, correlationId = correlation, fileName = "poison.txt", channel = "amqp",
                submittedAt = DateTimeOffset.UtcNow, content = Encoding.UTF8.GetBytes("Headline\n\nA body that crashes every decoder."),
            },
        });
        await channel.BasicPublishAsync("", probe, mandatory: false,
            new BasicProperties { Persistent = true, ContentType = "application/vnd.masstransit+json" }, Encoding.UTF8.GetBytes(envelope));

        var returns = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var delivery = await channel.BasicGetAsync(probe, autoAck: false);
            if (delivery is null)
            {
                if (returns > 0) break;
                await Task.Delay(100);
                continue;
            }
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true);
            returns++;
        }

        var rows = await platform.Database.WaitForSubmissionsAsync(r => r.Any(s => s.CorrelationId == correlation), TimeSpan.FromMinutes(1));
        var row = Assert.Single(rows, r => r.SubmissionId == submission);
        Assert.Equal(("rejected", "ingest", "poison-message"), (row.Status, row.Stage, row.Reason));
        Assert.InRange(returns, 2, 3);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(await platform.Database.SubmissionsAsync(), r => r.SubmissionId == submission);
        await channel.QueueDeleteAsync(probe);
    }

    [InfrastructureFact]
    public async Task A_message_that_failed_for_good_is_listed_and_once_replayed_is_stored_in_its_one_ledger_row()
    {
        var file = "rhine-flood-barriers.txt";
        await platform.Database.ExecuteAsync("alter table articles rename to articles_away");
        try
        {
            await using var publisher = await RawPublisher.OpenAsync(platform.Settings, platform.VirtualHost);
            await publisher.PublishAsync(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Fixtures, file)), new BasicProperties
            {
                Persistent = true, MessageId = Guid.NewGuid().ToString("D"),
                Headers = new Dictionary<string, object?> { [RawIngestQueue.FileNameHeader] = file },
            });
            await platform.Database.WaitForSubmissionsAsync(r => r.Any(s => s.FileName == file && s.Reason == "storage-failure"), TimeSpan.FromMinutes(2));
        }
        finally
        {
            await platform.Database.ExecuteAsync("alter table articles_away rename to articles");
        }

        var listed = await PlatformCli.RunAsync(platform, "failures", "list");
        Assert.Equal(0, listed.ExitCode);
        var line = Assert.Single(listed.Stdout.Split('\n'), l => l.StartsWith("storage_error\t", StringComparison.Ordinal));
        Assert.Contains($"\t{file}\t", line);
        Assert.Contains("articles", line); // the exception message: the relation that was missing
        var errorQueue = await platform.Management.QueueArgumentsAsync(platform.VirtualHost, QueueNames.ErrorQueueOf(QueueNames.Storage));
        Assert.False(errorQueue.ContainsKey("x-delivery-limit"), "an _error queue must not count the deliveries 'failures list' makes");
        var messageId = line.Split('\t')[1];
        var listedAgain = await PlatformCli.RunAsync(platform, "failures", "list", "--queue", "storage_error");
        Assert.Contains($"storage_error\t{messageId}\t{file}\t", listedAgain.Stdout); // listing took nothing away
        var replayed = await PlatformCli.RunAsync(platform, "failures", "replay", "--queue", "storage_error", messageId);
        Assert.True(replayed.ExitCode == 0, replayed.Stderr);
        Assert.Contains("replayed 1 message(s)", replayed.Stderr);

        var rows = await platform.Database.WaitForSubmissionsAsync(r => r.Any(s => s.FileName == file && s.Status == "stored"), TimeSpan.FromMinutes(1));
        Assert.Single(rows, r => r.FileName == file);
        Assert.Single(await platform.Database.ArticlesAsync());
        var after = await PlatformCli.RunAsync(platform, "failures", "list", "--queue", "storage_error");
        Assert.DoesNotContain(file, after.Stdout);
    }

    [InfrastructureFact]
    public async Task Submit_wait_prints_each_files_outcome_line_with_the_stored_article()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_work.FullName, "wait"));
        foreach (var name in new[] { "rhine-flood-barriers.txt", "busan-port-automation.txt" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Fixtures, name), Path.Combine(folder.FullName, name));
        }
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "blank.txt"), "   \n");

        var run = await PlatformCli.RunAsync(platform, "submit", folder.FullName, "--quiet", "--wait", "--timeout", "120",
            "--journal", Path.Combine(_work.FullName, "wait.journal"), "--database", platform.Database.ConnectionString);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        var byFile = lines.ToDictionary(l => Path.GetFileName(l.GetProperty("file").GetString()!));
        Assert.Equal("stored", byFile["busan-port-automation.txt"].GetProperty("status").GetString());
        Assert.Contains("Busan", byFile["busan-port-automation.txt"].GetProperty("headline").GetString());
        Assert.Equal("stored", byFile["rhine-flood-barriers.txt"].GetProperty("status").GetString());
        Assert.Equal(("rejected", "empty-file"), (byFile["blank.txt"].GetProperty("status").GetString(), byFile["blank.txt"].GetProperty("reason").GetString()));
        Assert.All(lines, l => Assert.Equal(1, l.GetProperty("schemaVersion").GetInt32()));
    }

    private Task<IConnection> Connect() => new ConnectionFactory
    {
        HostName = platform.Settings.RabbitHost, Port = platform.Settings.RabbitPort, VirtualHost = platform.VirtualHost,
        UserName = platform.Settings.RabbitUser, Password = platform.Settings.RabbitPassword,
    }.CreateConnectionAsync();
}
