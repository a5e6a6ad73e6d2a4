namespace Platform.Contracts;

/// <summary>
/// The header every article message carries: which submission (the file's content hash), which delivery (the correlation
/// id the submitter waits on), which article once there is one, and the file's name. A stage builds its rejection of any
/// message from this header alone (see <c>ArticleRejections</c> in Platform.Messaging).
/// </summary>
public interface IArticleMessage
{
    string SubmissionId { get; }
    Guid CorrelationId { get; }
    Guid? ArticleId { get; }
    string? FileName { get; }
}
