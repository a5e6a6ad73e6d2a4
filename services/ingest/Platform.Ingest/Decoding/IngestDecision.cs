using Platform.Contracts;

namespace Platform.Ingest.Decoding;

/// <summary>The outcome of decoding one file: exactly one of <see cref="Article"/> or <see cref="Reason"/> is set.</summary>
public sealed record IngestDecision
{
    public ArticleDocument? Article { get; init; }
    public Guid? ArticleId { get; init; }
    /// <summary>A stable rejection code (see <see cref="RejectionReasons"/>).</summary>
    public string? Reason { get; init; }
    /// <summary>A human sentence explaining the rejection.</summary>
    public string? Detail { get; init; }

    public static IngestDecision Accept(ArticleDocument article) =>
        new() { Article = article, ArticleId = ArticleIdentity.FromContent(article.Headline, article.Body) };

    public static IngestDecision Reject(string reason, string detail) => new() { Reason = reason, Detail = detail };
}
