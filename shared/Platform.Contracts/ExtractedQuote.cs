namespace Platform.Contracts;

/// <summary>A direct quotation and who said it.</summary>
public sealed record ExtractedQuote
{
    /// <summary>The canonical name or description of the speaker, or null when unresolved.</summary>
    public string? Speaker { get; init; }
    /// <summary>The id of the speaker's entity, when the speaker is one.</summary>
    public string? SpeakerEntityId { get; init; }
    /// <summary>The quoted text without the quotation marks.</summary>
    public required string Text { get; init; }
    /// <summary>Start of the inner text (after the opening mark).</summary>
    public required int Start { get; init; }
    /// <summary>End of the inner text (before the closing mark), exclusive.</summary>
    public required int End { get; init; }
    /// <summary>The reporting verb, e.g. "said", "told".</summary>
    public string? Verb { get; init; }
    public double Confidence { get; init; }
    /// <summary>True when provenance says the article is a translation: these are not the speaker's verbatim words.</summary>
    public bool Translated { get; init; }
    public required string Evidence { get; init; }
}
