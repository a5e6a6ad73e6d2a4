namespace Platform.Contracts;

/// <summary>Undisclosed signals that an article may be a translation.</summary>
public sealed record TranslationSuspicion
{
    /// <summary>The language the signals point to, BCP 47, when they point to one.</summary>
    public string? SuspectedSourceLanguage { get; init; }
    public required double Confidence { get; init; }
    public IReadOnlyList<ProvenanceEvidence> Signals { get; init; } = [];
}
