using Platform.Contracts;

namespace Platform.Messaging;

/// <summary>Builds the <see cref="ArticleRejected"/> a stage publishes when its own logic fails on an article.</summary>
public static class StageRejection
{
    public const string InternalErrorReason = "stage-failure";

    public static ArticleRejected Create(string submissionId, Guid correlationId, Guid? articleId, string? fileName,
        string stage, Exception error) => new()
    {
        SubmissionId = submissionId,
        CorrelationId = correlationId,
        ArticleId = articleId,
        FileName = fileName,
        Stage = stage,
        Reason = InternalErrorReason,
        Detail = $"The {stage} stage could not process this article: {error.GetType().Name}: {error.Message}",
        RejectedAt = DateTimeOffset.UtcNow,
    };
}
