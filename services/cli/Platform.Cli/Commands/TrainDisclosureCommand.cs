using System.Globalization;
using Platform.Cli.Evaluation;
using Platform.Cli.Input;
using Platform.Provenance.Detection;
using Platform.Provenance.Learning;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform train disclosure OUTPUT.tsv FOLDER... [--cross-validate]</c>: learns the disclosure-sentence model from the
/// pages (and truth files) in the folders and writes it. With <c>--cross-validate</c> it first holds out each folder in
/// turn, trains on the others, and prints how the held-out pages fare: the model alone at several thresholds, and the
/// whole detector (rules plus the fold's model) at its shipped thresholds.
/// </summary>
public static class TrainDisclosureCommand
{
    private static readonly double[] Thresholds = [0.5, 0.7, 0.8, 0.9, 0.95];

    public static int Run(CommandLine line, TextWriter stdout)
    {
        if (line.Arguments.Count < 3 || line.Arguments[0] != "disclosure")
            throw new UsageException("train takes: disclosure <output.tsv> <folder>... [--cross-validate]");
        var output = line.Arguments[1];
        var folders = line.Arguments.Skip(2).ToList();
        foreach (var folder in folders.Where(f => !Directory.Exists(f))) throw new UsageException($"No such folder: {folder}");

        var set = DisclosureTrainingSet.Read(folders);
        var examples = DisclosureTrainingSet.ExamplesOf(set.Pages);
        stdout.WriteLine($"pages: {set.Pages.Count} from {folders.Count} folders; sentences: {examples.Count}, of them disclosures: {examples.Count(e => e.IsDisclosure)}");
        if (line.HasFlag("--cross-validate")) CrossValidate(set, folders, stdout);

        var description = $"disclosure-sentence model: logistic regression over {examples.Count} sentences ({examples.Count(e => e.IsDisclosure)} disclosures) of {set.Pages.Count} pages in {string.Join(", ", folders.Select(f => Path.GetFileName(Path.TrimEndingDirectorySeparator(f))))}";
        var model = DisclosureSentenceTrainer.Train(examples, description);
        using (var writer = new StreamWriter(output)) model.Save(writer);
        stdout.WriteLine($"wrote {output}: {model.FeatureCount} features");
        return 0;
    }

    private static void CrossValidate(DisclosureTrainingSet set, List<string> folders, TextWriter stdout)
    {
        var modelHits = Thresholds.ToDictionary(t => t, _ => (Right: 0, Recall: 0, FalseAlarms: 0));
        var detectorHits = Thresholds.ToDictionary(t => t, _ => (Right: 0, Recall: 0, FalseAlarms: 0));
        int translations = 0, others = 0;
        foreach (var heldOut in folders)
        {
            var fold = DisclosureSentenceTrainer.Train(DisclosureTrainingSet.ExamplesOf(set.Pages.Where(p => p.Folder != heldOut)), "fold");
            var detectors = Thresholds.ToDictionary(t => t, t => new TranslationProvenanceDetector(fold, t));
            foreach (var page in set.Pages.Where(p => p.Folder == heldOut))
            {
                var truth = page.Truth.IsTranslation;
                if (truth) translations++; else others++;
                var best = page.Examples.Select(e => fold.Probability(e.Features)).DefaultIfEmpty(0).Max();
                foreach (var t in Thresholds)
                {
                    Count(modelHits, t, best >= t, truth);
                    Count(detectorHits, t, page.Article is not null && detectors[t].Detect(page.Article).IsTranslation == true, truth);
                }
            }
        }
        var pages = translations + others;
        stdout.WriteLine($"held out one folder at a time ({folders.Count} folds, {pages} pages: {translations} translations, {others} originals and traps)");
        foreach (var (name, hits) in new[] { ("model alone", modelHits), ("rules + model", detectorHits) })
            foreach (var t in Thresholds)
            {
                var (r, c, f) = hits[t];
                stdout.WriteLine($"  {name} at {F(t)}{(name != "model alone" && t == TranslationProvenanceDetector.LearnedThreshold ? " (shipped)" : "")}: is_translation {F((double)r / pages)}, translations found {c}/{translations}, false alarms {f}/{others}");
            }
    }

    private static void Count(Dictionary<double, (int Right, int Recall, int FalseAlarms)> hits, double threshold, bool said, bool truth)
    {
        var (r, c, f) = hits[threshold];
        hits[threshold] = (r + (said == truth ? 1 : 0), c + (said && truth ? 1 : 0), f + (said && !truth ? 1 : 0));
    }

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
}
