namespace Platform.Contracts;

/// <summary>What extraction found in the body. All offsets are .NET string indices into <see cref="ArticleDocument.Body"/>, end exclusive.</summary>
public sealed record ArticleExtraction
{
    /// <summary>The body language extraction judged, BCP 47.</summary>
    public string? Language { get; init; }
    /// <summary>False when extraction was not attempted (e.g. a language it does not support).</summary>
    public required bool Attempted { get; init; }
    /// <summary>Why extraction was not attempted, e.g. "entity, date and quote extraction is not supported for language 'ko'".</summary>
    public string? NotAttemptedReason { get; init; }
    public required string ExtractorVersion { get; init; }
    public IReadOnlyList<ExtractedEntity> Entities { get; init; } = [];
    public IReadOnlyList<ExtractedDate> Dates { get; init; } = [];
    public IReadOnlyList<ExtractedQuantity> Quantities { get; init; } = [];
    public IReadOnlyList<ExtractedQuote> Quotes { get; init; } = [];
    public IReadOnlyList<ExtractedIdentifier> Identifiers { get; init; } = [];
}
