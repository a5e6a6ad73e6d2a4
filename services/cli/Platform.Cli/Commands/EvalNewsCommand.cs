using System.Globalization;
using Platform.Cli.Evaluation;
using Platform.Cli.Input;
using Platform.Extraction;
using Platform.Ingest.Decoding;
using Platform.Provenance.Detection;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform eval news FOLDER TRUTH.jsonl [--misses]</c>: reads every article the truth file names with ingest's
/// decoder, the provenance detector and the extractor (no bus, no store) and prints date value precision, recall and F1,
/// quote speaker accuracy and quantity precision and recall (rules in <see cref="NewsScorer"/>).
/// </summary>
public static class EvalNewsCommand
{
    public static int Run(CommandLine line, TextWriter stdout)
    {
        var folder = line.Arguments[1];
        var truthPath = line.Arguments[2];
        if (!Directory.Exists(folder)) throw new UsageException($"No such folder: {folder}");
        if (!File.Exists(truthPath)) throw new UsageException($"No such truth file: {truthPath}");

        var decoder = new ArticleFileDecoder(new IngestOptions());
        var detector = new TranslationProvenanceDetector();
        var extractor = ArticleExtractor.CreateDefault();
        var scores = new List<NewsScorer.ArticleScore>();
        foreach (var truth in NewsTruth.ReadAll(truthPath))
        {
            var path = Path.Combine(folder, truth.File);
            if (!File.Exists(path)) throw new UsageException($"The truth file names {truth.File}, which is not in {folder}.");
            var decision = decoder.Decode(File.ReadAllBytes(path), truth.File, null);
            var extraction = decision.Article is { } article ? extractor.Extract(article, detector.Detect(article)) : null;
            scores.Add(NewsScorer.Score(truth, extraction, decision.Reason));
        }

        var datePrecision = NewsScorer.Sum(scores.Select(s => s.DatePrecision));
        var dateRecall = NewsScorer.Sum(scores.Select(s => s.DateRecall));
        var speakers = NewsScorer.Sum(scores.Select(s => s.QuoteSpeakers));
        var quantityPrecision = NewsScorer.Sum(scores.Select(s => s.QuantityPrecision));
        var quantityRecall = NewsScorer.Sum(scores.Select(s => s.QuantityRecall));
        stdout.WriteLine($"articles: {scores.Count} in {folder}");
        stdout.WriteLine($"{"measure",-22} {"right",5} / {"of",-5} value");
        Print(stdout, "date_value_precision", datePrecision);
        Print(stdout, "date_value_recall", dateRecall);
        stdout.WriteLine($"{"date_value_f1",-22} {"",5}   {"",-5} {F(NewsScorer.F1(datePrecision, dateRecall))}");
        Print(stdout, "quote_speaker", speakers);
        Print(stdout, "quantity_precision", quantityPrecision);
        Print(stdout, "quantity_recall", quantityRecall);
        if (line.HasFlag("--misses"))
            foreach (var s in scores.Where(s => s.Misses.Count > 0))
            {
                stdout.WriteLine(s.File);
                foreach (var miss in s.Misses) stdout.WriteLine(miss);
            }
        return 0;
    }

    private static void Print(TextWriter stdout, string name, NewsScorer.Counts c) =>
        stdout.WriteLine($"{name,-22} {c.Right,5} / {c.Of,-5} {F(NewsScorer.Ratio(c))}");

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
