using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Messaging;

namespace Platform.Extraction.Pipeline;

/// <summary>Extracts entities, dates, quantities and quotes from an article whose provenance is known.</summary>
public sealed class ArticleProvenanceResolvedConsumer(ArticleExtractor extractor, ProcessingBudgetOptions budgetOptions, ILogger<ArticleProvenanceResolvedConsumer> logger)
    : IConsumer<ArticleProvenanceResolved>
{
    public async Task Consume(ConsumeContext<ArticleProvenanceResolved> context)
    {
        var message = context.Message;
        ArticleExtraction extraction;
        using var budget = new ProcessingBudget(budgetOptions, context.CancellationToken);
        try
        {
            extraction = extractor.Extract(message.Article, message.Provenance, budget.Token);
        }
        catch (Exception ex) when (budget.IsExceededBy(ex))
        {
            logger.LogWarning("Extraction for article {ArticleId} ran out of time: {Error}", message.ArticleId, ex.Message);
            await context.Publish(ArticleRejections.ProcessingTimeout(message, PipelineStages.Extraction, budget.Limit, ex), context.CancellationToken);
            return;
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
