using Platform.Contracts;
using Platform.Ingest.Decoding;
using Platform.Provenance.Detection;

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
    public bool FalseAlarm => !Truth.IsTranslation && Provenance?.IsTranslation == true;
}

/// <summary>Runs ingest's decoder and the provenance detector (no bus, no store) on each page named in a truth file.</summary>
public sealed class PageEvaluation
{
    private readonly ArticleFileDecoder decoder = new(new IngestOptions());
    private readonly TranslationProvenanceDetector detector = new();

    public IReadOnlyList<PageVerdict> Run(string folder, IReadOnlyList<PageTruth> truths)
    {
        var verdicts = new List<PageVerdict>();
        foreach (var truth in truths)
        {
            var path = Path.Combine(folder, truth.File);
            if (!File.Exists(path)) throw new Input.UsageException($"The truth file names {truth.File}, which is not in {folder}.");
            var decision = decoder.Decode(File.ReadAllBytes(path), truth.File, null);
            var provenance = decision.Article is { } article ? detector.Detect(article) : null;
            verdicts.Add(new PageVerdict(truth, decision.Article, provenance, decision.Reason));
        }
        return verdicts;
    }
}
