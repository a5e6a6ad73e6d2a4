namespace Platform.Contracts;

/// <summary>A date or time expression in the body.</summary>
public sealed record ExtractedDate
{
    public required string Text { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    /// <summary>ISO 8601 date (or date-time), or null when it could not be resolved.</summary>
    public string? Resolved { get; init; }
    /// <summary><c>absolute</c>, <c>relative</c>.</summary>
    public required string Kind { get; init; }
    /// <summary>The anchor a relative expression was resolved against, e.g. "2025-06-19 (publication, Asia/Seoul)".</summary>
    public string? Anchor { get; init; }
    public required string Evidence { get; init; }
    /// <summary>Where the text was found: null for the body (offsets into it), <c>dateline</c> for
    /// <see cref="ArticleDocument.Dateline"/> (offsets into that string).</summary>
    public string? Source { get; init; }
}

/// <summary>The values of <see cref="ExtractedDate.Source"/>.</summary>
public static class DateSources
{
    /// <summary>The article's dateline.</summary>
    public const string Dateline = "dateline";
}
