using Platform.Contracts;

namespace Platform.Cli.Evaluation;

/// <summary>What the pipeline read from one page, next to its truth, with one verdict per field (null: the field does not apply).</summary>
public sealed record PageVerdict(PageTruth Truth, ArticleDocument? Article, TranslationProvenance? Provenance, string? RejectReason)
{
    public bool Headline => PageFieldComparer.SameHeadline(Truth.Headline, Article?.Headline);
    public bool Published => PageFieldComparer.SamePublished(Truth.Published, Article?.Published);
    public bool Authors => PageFieldComparer.SameAuthors(Truth.Authors, PageFieldComparer.WriterNames(Article?.Authors ?? []));
    public bool IsTranslation => Truth.IsTranslation == (Provenance?.IsTranslation == true);
    public bool? Method => Truth.IsTranslation && Truth.TranslationMethod is { } m && m != "unknown" ? Provenance?.Method == m : null;
    public bool? SourcePublication => Truth.SourcePublication is null ? null : PageFieldComparer.SamePublication(Truth.SourcePublication, Provenance?.SourcePublication);
    public bool? SourceLanguage => Truth.SourceLanguage is null ? null : PageFieldComparer.SameLanguage(Truth.SourceLanguage, Provenance?.SourceLanguage);
    /// <summary>A source outlet named on a translated page whose truth names none: a claim the page does not support.</summary>
    public bool UnfoundedSourcePublication => Truth.IsTranslation && Truth.SourcePublication is null && Provenance?.SourcePublication is not null;
    /// <summary>A source language named on a translated page whose truth names none.</summary>
    public bool UnfoundedSourceLanguage => Truth.IsTranslation && Truth.SourceLanguage is null && Provenance?.SourceLanguage is not null;
    public bool FalseAlarm => !Truth.IsTranslation && Provenance?.IsTranslation == true;
}
