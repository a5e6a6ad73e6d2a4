using System.Globalization;
using Platform.Messaging;

namespace Platform.Cli.Benchmarking;

/// <summary>
/// <c>platform benchmark --hostile</c>: runs generated hostile files through the stages in this process
/// (<see cref="HostileLoop"/>) and prints how each ended, the time per file (per kind) and the process memory (GC heap
/// after a full collection, working set) after file 100 and after the last, with the ratio: a ratio near 1 means nothing
/// is kept per file. Prints figures; asserts nothing.
/// </summary>
public static class HostileBenchmark
{
    public static int Run(int files, TextWriter stdout)
    {
        stdout.WriteLine($"benchmark --hostile: {files} files cycling {HostileFiles.Kinds.Count} kinds, one thread, default limits, budget {new ProcessingBudgetOptions().PerMessage.TotalSeconds:0} s per stage");
        var result = HostileLoop.Run(files);

        if (result.AfterFirstMark is { } first)
        {
            stdout.WriteLine(Memory(HostileLoop.FirstMark, first));
        }
        stdout.WriteLine(Memory(files, result.AfterLast));
        if (result.AfterFirstMark is { } mark)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  memory after file {files} / after file {HostileLoop.FirstMark}: GC heap x{result.AfterLast.GcHeapBytes / (double)mark.GcHeapBytes:0.00}, working set x{result.AfterLast.WorkingSetBytes / (double)mark.WorkingSetBytes:0.00}"));
        }
        stdout.WriteLine("  outcomes:");
        foreach (var (outcome, count) in result.Outcomes) stdout.WriteLine($"    {count,6}  {outcome}");
        stdout.WriteLine("  time per file by kind (mean / slowest):");
        foreach (var (kind, entry) in result.PerKind)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {kind,-24} {entry.Files,5} files {entry.Time.TotalMilliseconds / entry.Files,9:0.0} ms / {entry.Slowest.TotalMilliseconds,9:0.0} ms  -> {string.Join(", ", entry.Outcomes)}"));
        }
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  all: {files} files in {result.Elapsed.TotalSeconds:0.0} s, {result.Elapsed.TotalMilliseconds / files:0.0} ms per file"));
        return 0;
    }

    private static string Memory(int afterFile, MemoryReading reading) => string.Create(CultureInfo.InvariantCulture,
        $"  after file {afterFile,5}: GC heap {reading.GcHeapMiB,8:0.0} MiB  working set {reading.WorkingSetMiB,8:0.0} MiB");
}
