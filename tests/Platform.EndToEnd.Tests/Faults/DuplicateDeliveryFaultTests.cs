using System.Diagnostics;
using Platform.Messaging;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Platform.EndToEnd.Tests.Faults;

/// <summary>
/// The same <c>ArticleExtracted</c> message delivered twice more, concurrently, into the <c>storage</c> queue that both
/// storage replicas consume, while the original is on its way too: each article is still stored once, with one outcome.
/// </summary>
[Collection(FaultPlatformCollection.Name)]
[Trait("Category", FaultSuite.Category)]
public sealed class DuplicateDeliveryFaultTests(FaultPlatform fault, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Articles = 20;
    private const string ArticleExtractedExchange = "Platform.Contracts:ArticleExtracted";
    private readonly DistributedPlatform _platform = fault.Platform;
    private readonly FaultReport _report = new(output);

    public Task InitializeAsync() => FaultSuite.Enabled ? _platform.Database.ResetAsync() : Task.CompletedTask;
    public Task DisposeAsync() => Task.CompletedTask;

    [FaultFact]
    public async Task The_same_message_delivered_twice_concurrently_to_two_storage_replicas_is_stored_once()
    {
        var clock = Stopwatch.StartNew();
        var settings = _platform.Settings;
        var factory = new ConnectionFactory
        {
            HostName = settings.RabbitHost, Port = settings.RabbitPort, VirtualHost = _platform.VirtualHost,
            UserName = settings.RabbitUser, Password = settings.RabbitPassword,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var tap = await connection.CreateChannelAsync();
        await using var first = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        await using var second = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        // A copy of every ArticleExtracted the extraction stage publishes (the exchange exists: storage consumes it).
        var copies = (await tap.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await tap.QueueBindAsync(copies, ArticleExtractedExchange, "");

        var accounting = new FaultAccounting(_platform);
        var inbox = new FaultInbox(_platform, "twice");
        inbox.Drop(Articles);
        var redelivered = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (redelivered < Articles && DateTime.UtcNow < deadline)
        {
            var copy = await tap.BasicGetAsync(copies, autoAck: true);
            if (copy is null)
            {
                await Task.Delay(20);
                continue;
            }
            var properties = new BasicProperties(copy.BasicProperties);
            var body = copy.Body.ToArray();
            await Task.WhenAll(
                first.BasicPublishAsync("", QueueNames.Storage, mandatory: true, properties, body).AsTask(),
                second.BasicPublishAsync("", QueueNames.Storage, mandatory: true, properties, body).AsTask());
            redelivered++;
        }
        _report.Say($"duplicate delivery: {Articles} articles dropped; {redelivered} ArticleExtracted messages each published twice more, " +
                    "concurrently, into 'storage' (consumed by storage-1 and storage-2)");
        Assert.Equal(Articles, redelivered);

        var finished = await accounting.WaitForOutcomesAsync(inbox.Files, Articles, TimeSpan.FromMinutes(3));
        _report.Say($"duplicate delivery: {finished}/{Articles} outcomes");
        var counts = await accounting.CountAsync(inbox.Files);
        _report.Say($"duplicate delivery: {counts}");
        _report.Summary("same message delivered twice concurrently to two storage replicas", $"{redelivered} messages x 3 deliveries",
            counts, clock.Elapsed);
        FaultAccounting.AssertAccounted(counts, expectedRejected: 0);
        Assert.Equal(0, counts.ExtraLedgerRows);
        Assert.All(_platform.Services, s => Assert.False(s.HasExited, $"{s.Name} exited: {s.Tail()}"));
    }
}
