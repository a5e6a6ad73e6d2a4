namespace Platform.Storage.Persistence;

/// <summary>Row of <c>articles</c>: queryable columns plus the whole document, provenance and extraction as JSON text.</summary>
public sealed class ArticleRow
{
    public Guid Id { get; set; }
    public required string SubmissionId { get; set; }
    public string? Headline { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public required string Format { get; set; }
    public required string Encoding { get; set; }
    public string? Language { get; set; }
    /// <summary>The publication instant in UTC (offset zero), when the offset is known.</summary>
    public DateTimeOffset? PublishedUtc { get; set; }
    public int? PublishedOffsetMinutes { get; set; }
    /// <summary><c>stated</c>, <c>outlet</c>, <c>none</c>; null when the article has no publication time.</summary>
    public string? PublishedOffsetSource { get; set; }
    public string? PublishedRaw { get; set; }
    public string? PublishedLocal { get; set; }
    public bool? IsTranslation { get; set; }
    public string? SourcePublication { get; set; }
    public string? SourceLanguage { get; set; }
    public string? TranslationMethod { get; set; }
    public string? LanguageTag { get; set; }
    /// <summary>Author names, one per line, so articles can be found by author without reading the document JSON.</summary>
    public string? AuthorNames { get; set; }
    public bool? HumanEdited { get; set; }
    /// <summary>True when the detector reports undisclosed translation signals (a suspicion), false otherwise.</summary>
    public bool HasSuspicion { get; set; }
    /// <summary>The EU AI Act Article 50(4) reading's status (e.g. "AI involvement not disclosed").</summary>
    public string? AiActStatus { get; set; }
    public required string Body { get; set; }
    public required string DocumentJson { get; set; }
    public required string ProvenanceJson { get; set; }
    public required string ExtractionJson { get; set; }
    public DateTimeOffset StoredAt { get; set; }
}
