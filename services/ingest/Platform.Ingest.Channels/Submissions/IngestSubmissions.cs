using System.Security.Cryptography;
using MassTransit;
using Platform.Contracts;
using Platform.Ingest.Decoding;
using Platform.Messaging;

namespace Platform.Ingest.Submissions;

/// <summary>Turns a file as dropped (bytes, name, content type) into the messages every way in shares.</summary>
public static class IngestSubmissions
{
    public static IngestArticleFile Create(byte[] content, string? fileName, string? contentType, string channel, Guid? correlationId = null) => new()
    {
        SubmissionId = ArticleIdentity.SubmissionId(content),
        CorrelationId = correlationId ?? NewId.NextGuid(),
        FileName = fileName,
        ContentType = string.IsNullOrWhiteSpace(contentType) ? null : contentType,
        Channel = channel,
        SubmittedAt = DateTimeOffset.UtcNow,
        Content = content,
    };

    /// <summary>A rejection for a file that never reached the decoder (too large to carry, unreadable).</summary>
    public static ArticleRejected Reject(string submissionId, Guid correlationId, string? fileName, string reason, string detail) =>
        ArticleRejections.AtIntake(submissionId, correlationId, fileName, reason, detail);

    /// <summary>The submission id of a file whose bytes could not be read: a hash of its path, so a re-run finds the same id.</summary>
    public static string SubmissionIdOfUnreadable(string path) =>
        "unread-" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(path)));
}
