using Platform.Contracts;
using Platform.Ingest.Decoding;
using Platform.Provenance.Learning;

namespace Platform.Cli.Evaluation;

/// <summary>
/// Pages for training the disclosure-sentence model: every page a folder's <c>truth.jsonl</c> names, read by ingest's
/// decoder, with its truth; and the labelled sentences made from them. A page ingest rejects gives no sentences.
/// </summary>
public sealed class DisclosureTrainingSet
{
    public sealed record Page(string Folder, PageTruth Truth, ArticleDocument? Article, IReadOnlyList<DisclosureSentenceTrainer.Example> Examples);

    public IReadOnlyList<Page> Pages { get; }

    private DisclosureTrainingSet(IReadOnlyList<Page> pages) => Pages = pages;

    public static DisclosureTrainingSet Read(IEnumerable<string> folders)
    {
        var decoder = new ArticleFileDecoder(new IngestOptions());
        var pages = new List<Page>();
        foreach (var folder in folders)
        {
            var truthPath = Path.Combine(folder, "truth.jsonl");
            if (!File.Exists(truthPath)) throw new Input.UsageException($"No truth.jsonl in {folder}.");
            foreach (var truth in PageTruth.ReadAll(truthPath))
            {
                var path = Path.Combine(folder, truth.File);
                if (!File.Exists(path)) throw new Input.UsageException($"The truth file names {truth.File}, which is not in {folder}.");
                var article = decoder.Decode(File.ReadAllBytes(path), truth.File, null).Article;
                pages.Add(new Page(folder, truth, article, article is null ? [] : DisclosureSentences.Examples(article, truth.Disclosure)));
            }
        }
        return new DisclosureTrainingSet(pages);
    }

    public static IReadOnlyList<DisclosureSentenceTrainer.Example> ExamplesOf(IEnumerable<Page> pages) => pages.SelectMany(p => p.Examples).ToList();
}
