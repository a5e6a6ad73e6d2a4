using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Ingest.Decoding;
using Platform.Messaging;

namespace Platform.Ingest.Pipeline;

/// <summary>Decodes one submitted file into an article, or rejects it with a specific reason.</summary>
public sealed class IngestArticleFileConsumer(ArticleFileDecoder decoder, ILogger<IngestArticleFileConsumer> logger)
    : IConsumer<IngestArticleFile>
{
    public async Task Consume(ConsumeContext<IngestArticleFile> context)
    {
        var message = context.Message;
        IngestDecision decision;
        try
        {
            decision = decoder.Decode(message.Content, message.FileName, message.ContentType);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Decoding failed for submission {SubmissionId} ({FileName})", message.SubmissionId, message.FileName);
            await context.Publish(ArticleRejections.StageFailure(message, PipelineStages.Ingest, ex), context.CancellationToken);
            return;
        }

        if (decision.Article is { } article && decision.ArticleId is { } articleId)
        {
            logger.LogInformation("Ingested {FileName} as article {ArticleId}", message.FileName, articleId);
            await context.Publish(new ArticleIngested
            {
                SubmissionId = message.SubmissionId,
                CorrelationId = message.CorrelationId,
                ArticleId = articleId,
                Article = article with { FileName = message.FileName },
            }, context.CancellationToken);
            return;
        }

        logger.LogInformation("Rejected {FileName}: {Reason}", message.FileName, decision.Reason);
        await context.Publish(ArticleRejections.For(message, PipelineStages.Ingest, decision.Reason ?? RejectionReasons.NotAnArticle,
            decision.Detail ?? "The file could not be read as an article."), context.CancellationToken);
    }
}
