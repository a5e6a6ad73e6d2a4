using Platform.Contracts;
using Platform.Messaging;
using RabbitMQ.Client;

namespace Platform.Pipeline.Tests.Security;

/// <summary>
/// The least-privileged RabbitMQ users of <c>deploy/infra.sh</c> (deploy/rabbitmq/users) against the real broker: the submit user may
/// only write to the <c>ingest</c> exchange; it cannot purge, read or forge a later stage's message. Runs on vhost <c>platform</c>,
/// where infra.sh grants the users their permissions.
/// </summary>
public sealed class BrokerPermissionTests
{
    private static readonly ReadOnlyMemory<byte> Body = "forged"u8.ToArray();

    [InfrastructureFact]
    public async Task Submit_user_cannot_purge_a_queue()
    {
        await using var submit = await BrokerUsers.ConnectAsync("submit");
        Assert.Equal(BrokerUsers.AccessRefused, await BrokerUsers.ReplyCodeAsync(submit, c => c.QueuePurgeAsync(QueueNames.RawIngest)));
        Assert.Equal(BrokerUsers.AccessRefused, await BrokerUsers.ReplyCodeAsync(submit, c => c.QueuePurgeAsync(QueueNames.Storage)));
    }

    [InfrastructureFact]
    public async Task Submit_user_cannot_read_the_storage_queue_or_an_error_queue()
    {
        await using var submit = await BrokerUsers.ConnectAsync("submit");
        Assert.Equal(BrokerUsers.AccessRefused, await BrokerUsers.ReplyCodeAsync(submit, c => c.BasicGetAsync(QueueNames.Storage, autoAck: true)));
        Assert.Equal(BrokerUsers.AccessRefused, await BrokerUsers.ReplyCodeAsync(submit,
            c => c.BasicConsumeAsync(QueueNames.Storage, autoAck: true, new Consumer(c))));
        Assert.Equal(BrokerUsers.AccessRefused, await BrokerUsers.ReplyCodeAsync(submit,
            c => c.BasicGetAsync(QueueNames.ErrorQueueOf(QueueNames.Storage), autoAck: true)));
    }

    [InfrastructureFact]
    public async Task Submit_user_cannot_publish_to_the_storage_exchange_the_default_exchange_or_a_message_exchange()
    {
        await using var submit = await BrokerUsers.ConnectAsync("submit");
        Assert.Equal(BrokerUsers.AccessRefused, await BrokerUsers.ReplyCodeAsync(submit, c => Publish(c, QueueNames.Storage, "")));
        Assert.Equal(BrokerUsers.AccessRefused, await BrokerUsers.ReplyCodeAsync(submit, c => Publish(c, "", QueueNames.Storage)));
        Assert.Equal(BrokerUsers.AccessRefused, await BrokerUsers.ReplyCodeAsync(submit,
            c => Publish(c, $"{typeof(ArticleExtracted).Namespace}:{nameof(ArticleExtracted)}", "")));
    }

    [InfrastructureFact]
    public async Task Submit_user_can_publish_a_file_to_the_ingest_exchange_and_it_reaches_the_ingest_queue()
    {
        var messageId = Guid.NewGuid();
        await using (var submit = await BrokerUsers.ConnectAsync("submit"))
        {
            // mandatory with confirms: an unroutable message or a refusal fails the publish
            Assert.Null(await BrokerUsers.ReplyCodeAsync(submit,
                c => RawIngestQueue.PublishAsync(c, Body, "probe.txt", "text/plain", messageId, CancellationToken.None)));
        }
        Assert.True(await BrokerUsers.TakeFromIngestAsync(m => m.BasicProperties.MessageId == messageId.ToString("D")), "the file published to the ingest exchange did not arrive in the ingest queue");
    }

    [InfrastructureFact]
    public async Task A_stage_user_cannot_read_another_stage_queue_and_the_monitor_user_cannot_read_at_all()
    {
        await using var provenance = await BrokerUsers.ConnectAsync("provenance");
        Assert.Equal(BrokerUsers.AccessRefused, await BrokerUsers.ReplyCodeAsync(provenance, c => c.BasicGetAsync(QueueNames.Storage, autoAck: true)));
        Assert.Equal(BrokerUsers.AccessRefused, await BrokerUsers.ReplyCodeAsync(provenance,
            c => Publish(c, $"{typeof(ArticleExtracted).Namespace}:{nameof(ArticleExtracted)}", "")));
        await using var monitor = await BrokerUsers.ConnectAsync("monitor");
        Assert.Equal(BrokerUsers.AccessRefused, await BrokerUsers.ReplyCodeAsync(monitor, c => c.BasicGetAsync(QueueNames.RawIngest, autoAck: true)));
    }

    private static async Task Publish(IChannel channel, string exchange, string routingKey) =>
        await channel.BasicPublishAsync(exchange, routingKey, mandatory: false, new BasicProperties(), Body);

    private sealed class Consumer(IChannel channel) : AsyncDefaultBasicConsumer(channel);
}
