namespace Platform.Contracts;

/// <summary>An EU AI Act Article 50(4) reading of the article's disclosures.</summary>
public sealed record AiActAssessment
{
    /// <summary>Was AI (generative or machine translation) involved, as far as the article says? Null when nothing says.</summary>
    public bool? AiInvolved { get; init; }
    /// <summary>Is there a disclosure of that involvement?</summary>
    public bool Disclosed { get; init; }
    /// <summary>Is there evidence of human review or editorial control?</summary>
    public bool HumanReview { get; init; }
    /// <summary>Who holds editorial responsibility, as far as the article says (e.g. "Korea JoongAng Daily staff").</summary>
    public string? EditorialResponsibility { get; init; }
    /// <summary>A one-line status, e.g. "AI involved, disclosed, human editorial control".</summary>
    public required string Status { get; init; }
    public IReadOnlyList<ProvenanceEvidence> Evidence { get; init; } = [];
}
