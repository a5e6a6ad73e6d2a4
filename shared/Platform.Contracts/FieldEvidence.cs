namespace Platform.Contracts;

/// <summary>How ingest found one field of an article (headline, published, authors, ...): what it read and why it chose it.</summary>
public sealed record FieldEvidence
{
    /// <summary>The line or element the value was read from, as written (trimmed, at most a few hundred characters).</summary>
    public required string Source { get; init; }
    /// <summary>The rule or feature that chose it, e.g. <c>repeated-title-line</c>, <c>labelled-published</c>, <c>byline-prefix</c>.</summary>
    public required string Rule { get; init; }
    /// <summary>How sure the reader is, 0..1.</summary>
    public double Confidence { get; init; }
}
