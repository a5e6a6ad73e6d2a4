using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Storage.Availability;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>Records a rejection (idempotently), so every submission ends with an outcome in storage.</summary>
public sealed class ArticleRejectedConsumer(IArticleStore store, DatabaseWriteHold hold, ILogger<ArticleRejectedConsumer> logger)
    : IConsumer<ArticleRejected>
{
    public async Task Consume(ConsumeContext<ArticleRejected> context)
    {
        var message = context.Message;
        await RejectionRecorder.RecordAsync(store, hold, context, message);
        logger.LogInformation("Rejection of {FileName} recorded: {Stage}/{Reason}", message.FileName, message.Stage, message.Reason);
    }
}
