using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Storage.Persistence;

namespace Platform.Storage.Pipeline;

/// <summary>Persists a fully processed article (idempotently) and announces that it is stored.</summary>
public sealed class ArticleExtractedConsumer(IArticleStore store, ILogger<ArticleExtractedConsumer> logger)
    : IConsumer<ArticleExtracted>
{
    public async Task Consume(ConsumeContext<ArticleExtracted> context)
    {
        var message = context.Message;
        var result = await store.SaveArticleAsync(message, context.CancellationToken);
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
