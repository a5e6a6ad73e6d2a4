using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Messaging;
using Platform.Provenance.Detection;

namespace Platform.Provenance.Pipeline;

/// <summary>Resolves the translation provenance of an ingested article and passes the article on.</summary>
public sealed class ArticleIngestedConsumer(TranslationProvenanceDetector detector, ProcessingBudgetOptions budgetOptions, ILogger<ArticleIngestedConsumer> logger)
    : IConsumer<ArticleIngested>
{
    public async Task Consume(ConsumeContext<ArticleIngested> context)
    {
        var message = context.Message;
        TranslationProvenance provenance;
        using var budget = new ProcessingBudget(budgetOptions, context.CancellationToken);
        try
        {
            provenance = detector.Detect(message.Article, budget.Token);
        }
        catch (Exception ex) when (budget.IsExceededBy(ex))
        {
            logger.LogWarning("Provenance detection for article {ArticleId} ran out of time: {Error}", message.ArticleId, ex.Message);
            await context.Publish(ArticleRejections.ProcessingTimeout(message, PipelineStages.Provenance, budget.Limit, ex), context.CancellationToken);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A detector failure is deterministic: retrying cannot help, so the article gets a recorded rejection.
            logger.LogError(ex, "Provenance detection failed for article {ArticleId}", message.ArticleId);
            await context.Publish(ArticleRejections.StageFailure(message, PipelineStages.Provenance, ex), context.CancellationToken);
            return;
        }

        await context.Publish(new ArticleProvenanceResolved
        {
            SubmissionId = message.SubmissionId,
            CorrelationId = message.CorrelationId,
            ArticleId = message.ArticleId,
            Article = message.Article,
            Provenance = provenance,
        }, context.CancellationToken);
    }
}
