using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Ingest.Intake;
using Platform.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Platform.Ingest.Channels;

/// <summary>
/// Consumes the raw <c>ingest</c> queue with RabbitMQ.Client (MassTransit's envelope does not fit a file dropped by any AMQP
/// client or the dashboard) and forwards each file as an <see cref="IngestArticleFile"/> command. A delivery is acked only after
/// the intake's command (or, for an oversize file, its rejection) is confirmed by the broker AND routed to a queue; otherwise
/// it is nacked back onto <c>ingest</c> and tried again a second later, so nothing is lost.
/// </summary>
/// <remarks>
/// Why routed, and how: a confirm alone only says the exchange took the message; an exchange with no queue bound (a fresh
/// vhost where <c>ingest-files</c> or storage's rejection queue is not declared yet, or a deleted queue) drops it and still
/// confirms. The intake therefore sends and publishes mandatory (<see cref="MandatoryDelivery"/>) on a bus with publisher
/// confirms: the broker returns an unroutable message and the send fails with <c>MessageReturnedException</c> before the ack.
/// This was chosen over starting to consume only once this process's bus is up, because that covers only the queue this
/// process declares itself (<c>ingest-files</c>), not the rejection's queue in the storage service, and not a queue that
/// disappears later; the broker's own routing answer covers every case. Waiting is still cheap: until the destination exists a
/// delivery goes back and forth once a second.
/// </remarks>
public sealed class RawIngestQueueListener(
    RabbitMqSettings settings,
    ArticleIntake intake,
    ILogger<RawIngestQueueListener> logger) : BackgroundService, IHealthCheck
{
    private volatile bool _consuming;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ConsumeUntilClosedAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _consuming = false;
                logger.LogWarning("Raw ingest queue not available ({Message}); retrying in {Delay}", ex.Message, delay);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 15));
            }
        }
    }

    private async Task ConsumeUntilClosedAsync(CancellationToken stoppingToken)
    {
        var factory = RawIngestQueue.ConnectionFactory(settings, $"ingest-listener@{Environment.MachineName}:{Environment.ProcessId}");
        await using var connection = await factory.CreateConnectionAsync(stoppingToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: stoppingToken);
        await RawIngestQueue.DeclareAsync(channel, stoppingToken);
        await channel.BasicQosAsync(0, 8, false, stoppingToken);

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) => HandleAsync(channel, delivery, stoppingToken);
        await channel.BasicConsumeAsync(QueueNames.RawIngest, autoAck: false, consumer: consumer, cancellationToken: stoppingToken);
        _consuming = true;
        logger.LogInformation("Consuming raw files from queue '{Queue}'", QueueNames.RawIngest);

        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        channel.ChannelShutdownAsync += (_, _) =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await closed.Task.WaitAsync(stoppingToken);
        _consuming = false;
        throw new InvalidOperationException("The channel to the raw ingest queue closed.");
    }

    private async Task HandleAsync(IChannel channel, BasicDeliverEventArgs delivery, CancellationToken stoppingToken)
    {
        try
        {
            var content = delivery.Body.ToArray();
            var properties = delivery.BasicProperties;
            // A redelivered message (same message_id, same bytes) keeps its correlation id, so storage's ledger sees a redelivery.
            await intake.SubmitAsync(content, ReadFileName(properties.Headers), properties.ContentType, "amqp", properties.MessageId, stoppingToken);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Could not forward raw delivery {DeliveryTag}; it goes back to the queue", delivery.DeliveryTag);
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, stoppingToken);
        }
    }

    /// <summary>The optional <c>filename</c> header: AMQP carries header strings as bytes.</summary>
    internal static string? ReadFileName(IDictionary<string, object?>? headers)
    {
        if (headers is null || !headers.TryGetValue(RawIngestQueue.FileNameHeader, out var value) || value is null)
        {
            return null;
        }
        var name = value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            string s => s,
            _ => value.ToString(),
        };
        return string.IsNullOrWhiteSpace(name) ? null : name;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_consuming
            ? HealthCheckResult.Healthy($"consuming '{QueueNames.RawIngest}'")
            : HealthCheckResult.Unhealthy($"not consuming '{QueueNames.RawIngest}'"));
}
