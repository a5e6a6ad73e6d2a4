using System.Globalization;
using Platform.Cli.Evaluation;
using Platform.Cli.Input;
using Platform.Cli.Output;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform eval pages FOLDER TRUTH.jsonl [--misses] [--floors field=min,...]</c>: reads every page the truth file names
/// with ingest's decoder and the provenance detector, and prints per-field accuracy (headline, published, authors,
/// translation fields). With <c>--floors</c>, exits 3 when a field scores under its floor.
/// </summary>
public static class EvalPagesCommand
{
    public const int BelowFloorExitCode = 3;

    public static int Run(CommandLine line, TextWriter stdout)
    {
        if (line.Arguments.Count != 3 || line.Arguments[0] != "pages")
            throw new UsageException("eval takes: pages <folder> <truth.jsonl>, or news <folder> <truth.jsonl>");
        var folder = line.Arguments[1];
        var truthPath = line.Arguments[2];
        if (!Directory.Exists(folder)) throw new UsageException($"No such folder: {folder}");
        if (!File.Exists(truthPath)) throw new UsageException($"No such truth file: {truthPath}");
        var floors = ParseFloors(line.Option("--floors"));

        var verdicts = new PageEvaluation().Run(folder, PageTruth.ReadAll(truthPath));
        var scores = PageScores.Score(verdicts);

        stdout.WriteLine($"pages: {verdicts.Count} in {folder}");
        stdout.WriteLine($"{"field",-20} {"right",5} / {"of",-5} accuracy");
        foreach (var s in scores)
            stdout.WriteLine($"{s.Field,-20} {s.Right,5} / {s.Total,-5} {s.Accuracy.ToString("0.000", CultureInfo.InvariantCulture)}");
        // Not scored (the truth names no source on these pages), but a source the page does not name is a claim to watch.
        stdout.WriteLine($"unfounded source claims: publication {verdicts.Count(v => v.UnfoundedSourcePublication)}, language {verdicts.Count(v => v.UnfoundedSourceLanguage)}"
            + $" (of {verdicts.Count(v => v.Truth.IsTranslation)} translated pages)");
        if (line.HasFlag("--misses")) PrintMisses(stdout, verdicts);

        var below = scores.Where(s => floors.TryGetValue(s.Field, out var min) && s.Accuracy < min).ToList();
        foreach (var s in below)
            stdout.WriteLine($"BELOW FLOOR: {s.Field} {s.Accuracy.ToString("0.000", CultureInfo.InvariantCulture)} < {floors[s.Field].ToString("0.000", CultureInfo.InvariantCulture)}");
        return below.Count == 0 ? 0 : BelowFloorExitCode;
    }

    private static Dictionary<string, double> ParseFloors(string? text)
    {
        var floors = new Dictionary<string, double>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text)) return floors;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || !PageScores.Fields.Contains(part[..eq])
                || !double.TryParse(part[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var min))
                throw new UsageException($"--floors takes field=minimum pairs (fields: {string.Join(", ", PageScores.Fields)}); got '{part}'.");
            floors[part[..eq]] = min;
        }
        return floors;
    }

    private static void PrintMisses(TextWriter stdout, IReadOnlyList<PageVerdict> verdicts)
    {
        foreach (var v in verdicts)
        {
            var misses = PageScores.Fields.Where(f => PageScores.Verdict(f, v) == false).ToList();
            if (v.UnfoundedSourcePublication) misses.Add("source_publication");
            if (v.UnfoundedSourceLanguage) misses.Add("source_language");
            if (misses.Count == 0) continue;
            stdout.WriteLine($"{v.Truth.File}{(v.RejectReason is null ? "" : $" (rejected: {v.RejectReason})")}");
            foreach (var field in misses)
                stdout.WriteLine($"  {field,-18} want {Want(field, v)} | got {Got(field, v)}");
        }
    }

    private static string Want(string field, PageVerdict v) => field switch
    {
        "headline" => Show(v.Truth.Headline),
        "published" => Show(v.Truth.Published),
        "authors" => "[" + string.Join("; ", v.Truth.Authors) + "]",
        "is_translation" or "no_false_alarm" => v.Truth.IsTranslation ? "true" : "false",
        "method" => Show(v.Truth.TranslationMethod),
        "source_publication" => Show(v.Truth.SourcePublication),
        "source_language" => Show(v.Truth.SourceLanguage),
        _ => "?",
    };

    private static string Got(string field, PageVerdict v) => field switch
    {
        "headline" => Show(v.Article?.Headline),
        "published" => Show(v.Article?.Published?.ToIso8601()) + (v.Article?.Published is { } p ? $" from '{p.Raw}'" : ""),
        "authors" => "[" + string.Join("; ", (v.Article?.Authors ?? []).Select(a => $"{a.Name} ({a.Role})")) + "]",
        "is_translation" or "no_false_alarm" => (v.Provenance?.IsTranslation?.ToString() ?? "null") + $" {Show(v.Provenance?.Disclosure)}",
        "method" => Show(v.Provenance?.Method),
        "source_publication" => Show(v.Provenance?.SourcePublication),
        "source_language" => Show(v.Provenance?.SourceLanguage),
        _ => "?",
    };

    private static string Show(string? value) => value is null ? "null" : $"'{value}'";
}
