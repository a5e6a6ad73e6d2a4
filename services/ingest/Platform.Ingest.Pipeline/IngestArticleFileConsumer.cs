using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Ingest.Decoding;
using Platform.Messaging;

namespace Platform.Ingest.Pipeline;

/// <summary>Decodes one submitted file into an article, or rejects it with a specific reason.</summary>
public sealed class IngestArticleFileConsumer(ArticleFileDecoder decoder, ProcessingBudgetOptions budgetOptions, ILogger<IngestArticleFileConsumer> logger)
    : IConsumer<IngestArticleFile>
{
    public async Task Consume(ConsumeContext<IngestArticleFile> context)
    {
        var message = context.Message;
        IngestDecision decision;
        using var budget = new ProcessingBudget(budgetOptions, context.CancellationToken);
        try
        {
            decision = decoder.Decode(message.Content, message.FileName, message.ContentType, budget.Token);
        }
        catch (Exception ex) when (budget.IsExceededBy(ex))
        {
            logger.LogWarning("Decoding {FileName} ran out of time: {Error}", message.FileName, ex.Message);
            var timeout = ArticleRejections.ProcessingTimeout(message, PipelineStages.Ingest, budget.Limit, ex);
            await context.Publish(timeout, context.CancellationToken);
            await AnswerAsync(context, null, timeout.Reason, timeout.Detail);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Decoding failed for submission {SubmissionId} ({FileName})", message.SubmissionId, message.FileName);
            var failure = ArticleRejections.StageFailure(message, PipelineStages.Ingest, ex);
            await context.Publish(failure, context.CancellationToken);
            await AnswerAsync(context, null, failure.Reason, failure.Detail);
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
            await AnswerAsync(context, articleId, null, null);
            return;
        }

        logger.LogInformation("Rejected {FileName}: {Reason}", message.FileName, decision.Reason);
        var rejection = ArticleRejections.For(message, PipelineStages.Ingest, decision.Reason ?? RejectionReasons.NotAnArticle,
            decision.Detail ?? "The file could not be read as an article.");
        await context.Publish(rejection, context.CancellationToken);
        await AnswerAsync(context, null, rejection.Reason, rejection.Detail);
    }

    /// <summary>A way in that sent the file as a request (HTTP upload) waits for this answer; other submissions have no one to answer.</summary>
    private static Task AnswerAsync(ConsumeContext<IngestArticleFile> context, Guid? articleId, string? reason, string? detail) =>
        context.ResponseAddress is null
            ? Task.CompletedTask
            : context.RespondAsync(new ArticleFileDecoded
            {
                SubmissionId = context.Message.SubmissionId,
                CorrelationId = context.Message.CorrelationId,
                ArticleId = articleId,
                RejectionReason = reason,
                Detail = detail,
            });
}
