namespace Platform.Contracts;

/// <summary>
/// Command: decode and structure one submitted file. Built from a raw message on the <c>ingest</c> queue,
/// an inbox drop, an HTTP upload or the CLI. <see cref="SubmissionId"/> is the SHA-256 (hex) of <see cref="Content"/>.
/// </summary>
public sealed record IngestArticleFile : IArticleMessage
{
    public int SchemaVersion { get; init; } = MessageSchema.Version;
    public required string SubmissionId { get; init; }
    public required Guid CorrelationId { get; init; }
    /// <summary>The file name as submitted (path for the CLI), or null when none was given.</summary>
    public string? FileName { get; init; }
    /// <summary>The content type as submitted, or null.</summary>
    public string? ContentType { get; init; }
    /// <summary>How the file came in: <c>cli</c>, <c>inbox</c>, <c>amqp</c>, <c>http</c>.</summary>
    public required string Channel { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public required byte[] Content { get; init; }

    Guid? IArticleMessage.ArticleId => null;
}
