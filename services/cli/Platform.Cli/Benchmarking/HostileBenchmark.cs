using System.Diagnostics;
using System.Globalization;
using Platform.Extraction;
using Platform.Ingest.Decoding;
using Platform.Messaging;
using Platform.Provenance.Detection;

namespace Platform.Cli.Benchmarking;

/// <summary>
/// <c>platform benchmark --hostile</c>: runs generated hostile files (cycling <see cref="HostileFiles.Kinds"/>) through the
/// stages in this process with the default limits and budget, and prints how each ended, the time per file (per kind) and
/// the process memory (GC heap after a full collection, working set) after file 100 and after the last, with the ratio:
/// a ratio near 1 means nothing is kept per file. Prints figures; asserts nothing.
/// </summary>
public static class HostileBenchmark
{
    private const int FirstMark = 100;

    public static int Run(int files, TextWriter stdout)
    {
        var stages = new InProcessStages(new ArticleFileDecoder(new IngestOptions()).WarmUp(), new TranslationProvenanceDetector(),
            ArticleExtractor.CreateDefault(), new ProcessingBudgetOptions());
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var perKind = HostileFiles.Kinds.ToDictionary(k => k, _ => (Files: 0, Time: TimeSpan.Zero, Slowest: TimeSpan.Zero, Outcomes: new HashSet<string>()));
        (long Heap, long WorkingSet)? atFirstMark = null;
        var total = Stopwatch.StartNew();

        stdout.WriteLine($"benchmark --hostile: {files} files cycling {HostileFiles.Kinds.Count} kinds, one thread, default limits, budget {new ProcessingBudgetOptions().PerMessage.TotalSeconds:0} s per stage");
        for (var i = 0; i < files; i++)
        {
            var kind = HostileFiles.Kinds[i % HostileFiles.Kinds.Count];
            var (name, bytes) = HostileFiles.Make(kind, i);
            var watch = Stopwatch.StartNew();
            var outcome = stages.Run(bytes, name);
            watch.Stop();

            var key = outcome.ToString();
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
            var entry = perKind[kind];
            entry.Outcomes.Add(key);
            perKind[kind] = (entry.Files + 1, entry.Time + watch.Elapsed, watch.Elapsed > entry.Slowest ? watch.Elapsed : entry.Slowest, entry.Outcomes);

            if (i + 1 == FirstMark || i + 1 == files)
            {
                var memory = Memory();
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  after file {i + 1,5}: GC heap {memory.Heap / 1048576.0,8:0.0} MiB  working set {memory.WorkingSet / 1048576.0,8:0.0} MiB"));
                if (i + 1 == FirstMark) atFirstMark = memory;
                else if (atFirstMark is { } first)
                {
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  memory after file {files} / after file {FirstMark}: GC heap x{memory.Heap / (double)first.Heap:0.00}, working set x{memory.WorkingSet / (double)first.WorkingSet:0.00}"));
                }
            }
        }
        total.Stop();

        stdout.WriteLine("  outcomes:");
        foreach (var (outcome, count) in outcomes) stdout.WriteLine($"    {count,6}  {outcome}");
        stdout.WriteLine("  time per file by kind (mean / slowest):");
        foreach (var (kind, entry) in perKind.Where(e => e.Value.Files > 0))
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {kind,-24} {entry.Files,5} files {entry.Time.TotalMilliseconds / entry.Files,9:0.0} ms / {entry.Slowest.TotalMilliseconds,9:0.0} ms  -> {string.Join(", ", entry.Outcomes)}"));
        }
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  all: {files} files in {total.Elapsed.TotalSeconds:0.0} s, {total.Elapsed.TotalMilliseconds / files:0.0} ms per file"));
        return 0;
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
