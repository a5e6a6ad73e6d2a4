using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Messaging;

namespace Platform.Extraction.Pipeline;

/// <summary>Extracts entities, dates, quantities and quotes from an article whose provenance is known.</summary>
public sealed class ArticleProvenanceResolvedConsumer(ArticleExtractor extractor, ILogger<ArticleProvenanceResolvedConsumer> logger)
    : IConsumer<ArticleProvenanceResolved>
{
    public async Task Consume(ConsumeContext<ArticleProvenanceResolved> context)
    {
        var message = context.Message;
        ArticleExtraction extraction;
        try
        {
            extraction = extractor.Extract(message.Article, message.Provenance);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Extraction failed for article {ArticleId}", message.ArticleId);
            await context.Publish(ArticleRejections.StageFailure(message, PipelineStages.Extraction, ex), context.CancellationToken);
            return;
        }

        await context.Publish(new ArticleExtracted
        {
            SubmissionId = message.SubmissionId,
            CorrelationId = message.CorrelationId,
            ArticleId = message.ArticleId,
            Article = message.Article,
            Provenance = message.Provenance,
            Extraction = extraction,
        }, context.CancellationToken);
    }
}
