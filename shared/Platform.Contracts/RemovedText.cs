namespace Platform.Contracts;

/// <summary>Text that ingest removed from the article, with why.</summary>
public sealed record RemovedText
{
    public required string Text { get; init; }
    /// <summary>A reason code, e.g. <c>site-boilerplate</c>, <c>navigation</c>, <c>comments</c>, <c>end-marker</c>, <c>script</c>.</summary>
    public required string Reason { get; init; }
}
