namespace Platform.Contracts;

/// <summary>What the article says (or suggests) about being a translation.</summary>
public sealed record TranslationProvenance
{
    /// <summary>True when a disclosure says the article is a translation, false when the text says it is original, null when nothing says.</summary>
    public bool? IsTranslation { get; init; }
    /// <summary>Undisclosed signals of translation, reported as a suspicion, never as fact. Null when there are none.</summary>
    public TranslationSuspicion? Suspicion { get; init; }
    /// <summary>The source publication without a leading article, e.g. "JoongAng Ilbo".</summary>
    public string? SourcePublication { get; init; }
    /// <summary>The source language as BCP 47, e.g. "ko".</summary>
    public string? SourceLanguage { get; init; }
    /// <summary>Where the source language came from: <c>note</c> (the note names it), <c>outlet-table</c> (the source outlet's language), or null.</summary>
    public string? SourceLanguageBasis { get; init; }
    /// <summary>The body's language as BCP 47, e.g. "en".</summary>
    public string? TargetLanguage { get; init; }
    /// <summary>BCP 47 with the transformed-content extension, e.g. "en-t-ko"; the plain target language when not a translation.</summary>
    public string? LanguageTag { get; init; }
    /// <summary><c>generative-ai</c>, <c>machine</c>, <c>human</c>, <c>unknown</c>, or null when not a translation.</summary>
    public string? Method { get; init; }
    /// <summary>A named tool, e.g. "DeepL", "Google Translate", "ChatGPT", when the note names one.</summary>
    public string? Tool { get; init; }
    /// <summary>True when the note says a person or staff edited or reviewed the translation; null when not a translation or nothing says.</summary>
    public bool? HumanEdited { get; init; }
    public IReadOnlyList<string> Editors { get; init; } = [];
    public IReadOnlyList<string> Translators { get; init; } = [];
    /// <summary>The exact disclosure text as written.</summary>
    public string? Disclosure { get; init; }
    /// <summary>What kind of note was found: <c>article-translation</c>, <c>original-link</c>, <c>quote-translation</c>, <c>audio</c>, <c>site-slogan</c>, <c>topic-only</c>, or null when none.</summary>
    public string? NoteKind { get; init; }
    /// <summary>The evidence the decision rests on.</summary>
    public IReadOnlyList<ProvenanceEvidence> Evidence { get; init; } = [];
    /// <summary>Confidence in <see cref="IsTranslation"/>, 0..1.</summary>
    public double Confidence { get; init; }
    /// <summary>EU AI Act Article 50(4) assessment.</summary>
    public AiActAssessment? AiAct { get; init; }
    /// <summary>Version of the detector that produced this record.</summary>
    public string? DetectorVersion { get; init; }
}
