using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Storage.Availability;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>
/// Persists a fully processed article (idempotently) and announces that it is stored. While the database is out of reach the
/// write is held (<see cref="DatabaseWriteHold"/>): the message waits in flight instead of failing.
/// </summary>
public sealed class ArticleExtractedConsumer(IArticleStore store, DatabaseWriteHold hold, ILogger<ArticleExtractedConsumer> logger)
    : IConsumer<ArticleExtracted>
{
    public async Task Consume(ConsumeContext<ArticleExtracted> context)
    {
        var message = context.Message;
        var result = await hold.RunAsync(ct => store.SaveArticleAsync(message, ct), context.CancellationToken);
        logger.LogInformation("Article {ArticleId} from {FileName}: {Status}", result.ArticleId, message.Article.FileName, result.Status);
        await context.Publish(new ArticleStored
        {
            SubmissionId = message.SubmissionId,
            CorrelationId = message.CorrelationId,
            ArticleId = result.ArticleId,
            Status = result.Status,
            DuplicateOf = result.DuplicateOf,
            FileName = message.Article.FileName,
        }, context.CancellationToken);
    }
}
