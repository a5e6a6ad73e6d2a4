using Platform.Contracts;
using Platform.Ingest.Decoding;
using Platform.Provenance.Detection;

namespace Platform.Cli.Evaluation;

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
