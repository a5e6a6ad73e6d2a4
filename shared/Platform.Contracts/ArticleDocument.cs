using System.Text.Json.Serialization;

namespace Platform.Contracts;

/// <summary>An article as ingest structured it. Travels whole through every stage.</summary>
public sealed record ArticleDocument
{
    /// <summary>The file name as submitted, or null.</summary>
    public string? FileName { get; init; }
    /// <summary>Detected format: <c>text</c>, <c>html</c>, <c>json</c>.</summary>
    public required string Format { get; init; }
    /// <summary>The encoding chosen, e.g. <c>utf-8</c>, <c>utf-16le</c>, <c>euc-kr</c>, <c>windows-1252</c>.</summary>
    public required string Encoding { get; init; }
    /// <summary>Why that encoding was chosen, e.g. <c>bom</c>, <c>valid-utf8</c>, <c>declared</c>, <c>heuristic</c>.</summary>
    public required string EncodingReason { get; init; }
    /// <summary>The outlet (publication) as named by the page or inferred from it, e.g. "Korea JoongAng Daily".</summary>
    public string? Outlet { get; init; }
    /// <summary>The canonical URL where the page states one.</summary>
    public string? Url { get; init; }
    public string? Headline { get; init; }
    /// <summary>The body's language as BCP 47 (e.g. "en", "ko"), or null when it could not be told.</summary>
    public string? Language { get; init; }
    public PublishedTime? Published { get; init; }
    public PublishedTime? Modified { get; init; }
    /// <summary>A wire dateline such as "SEOUL, June 19 (Yonhap)", without the dashes.</summary>
    public string? Dateline { get; init; }
    public IReadOnlyList<ArticleAuthor> Authors { get; init; } = [];
    /// <summary>
    /// The body: paragraphs (NFC, whitespace collapsed, without headline, bylines, notes or boilerplate) joined by a blank
    /// line ("\n\n"). All offsets of later stages point into this string. The only copy of the text on the wire.
    /// </summary>
    public required string Body { get; init; }
    /// <summary>The body's paragraphs: <see cref="Body"/> split at its blank lines. Derived, not serialized.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Paragraphs => string.IsNullOrEmpty(Body) ? [] : Body.Split("\n\n");
    /// <summary>Editor's notes, translation notes, corrections: text that belongs to the article but not to its body.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    /// <summary>Text removed as not belonging to the article, with a reason code, so users can audit it.</summary>
    public IReadOnlyList<RemovedText> Removed { get; init; } = [];
    /// <summary>For each field ingest found (<c>headline</c>, <c>published</c>, <c>updated</c>, <c>authors</c>, <c>body</c>, ...), how it was found.</summary>
    public IReadOnlyDictionary<string, FieldEvidence> FieldEvidence { get; init; } = new Dictionary<string, FieldEvidence>();
    /// <summary>Problems ingest met and worked around, e.g. invalid bytes replaced, double-encoded text repaired. Empty when none.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
