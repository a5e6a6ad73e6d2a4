namespace Platform.Provenance.Detection;

/// <summary>The parts of a translation note: source, language, means, and the people involved.</summary>
public sealed record ParsedDisclosure
{
    public string? SourcePublication { get; init; }
    /// <summary>Source language named by the note itself (BCP 47).</summary>
    public string? SourceLanguageFromNote { get; init; }
    /// <summary>Target language named by the note ("into English"), used only when ingest could not tell.</summary>
    public string? TargetLanguageFromNote { get; init; }
    public string Method { get; init; } = TranslationMethods.Unknown;
    public string? Tool { get; init; }
    public IReadOnlyList<string> Translators { get; init; } = [];
    public IReadOnlyList<string> Editors { get; init; } = [];
    public bool? HumanEdited { get; init; }
    /// <summary>True when the note carries a translation clause ("translated from/by/with ...").</summary>
    public bool HasTranslationClause { get; init; }

    /// <summary>True when the note says something beyond "this is a translation" (source, means, people).</summary>
    public bool HasDetail => SourcePublication is not null || Tool is not null || Translators.Count > 0 || Editors.Count > 0
        || Method != TranslationMethods.Unknown || HasTranslationClause;
}
