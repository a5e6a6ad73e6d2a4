using System.Diagnostics;
using System.Runtime.CompilerServices;
using Platform.Extraction;
using Platform.Ingest.Decoding;
using Platform.Messaging;
using Platform.Provenance.Detection;

namespace Platform.Cli.Benchmarking;

/// <summary>
/// Runs generated hostile files (cycling <see cref="HostileFiles.Kinds"/>) through the stages in this process, one thread,
/// with the default limits and budget (<see cref="InProcessStages"/>), and records how each ended, the time per kind and
/// the process memory (<see cref="MemoryReading"/>) after file <see cref="FirstMark"/> and after the last. What
/// <c>platform benchmark --hostile</c> prints and the fault suite's memory test asserts on.
/// </summary>
public static class HostileLoop
{
    public const int FirstMark = 100;

    public sealed record KindFigures(int Files, TimeSpan Time, TimeSpan Slowest, SortedSet<string> Outcomes);

    public sealed record Result(int Files, IReadOnlyDictionary<string, int> Outcomes, IReadOnlyDictionary<string, KindFigures> PerKind,
        MemoryReading? AfterFirstMark, MemoryReading AfterLast, TimeSpan Elapsed);

    public static Result Run(int files)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(files, 1);
        var stages = new InProcessStages(new ArticleFileDecoder(new IngestOptions()).WarmUp(), new TranslationProvenanceDetector(),
            ArticleExtractor.CreateDefault(), new ProcessingBudgetOptions());
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var perKind = new Dictionary<string, KindFigures>(StringComparer.Ordinal);
        MemoryReading? afterFirstMark = null;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < files; i++)
        {
            var (kind, outcome, elapsed) = RunFile(stages, i);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            var entry = perKind.GetValueOrDefault(kind) ?? new KindFigures(0, TimeSpan.Zero, TimeSpan.Zero, new SortedSet<string>(StringComparer.Ordinal));
            entry.Outcomes.Add(outcome);
            perKind[kind] = entry with
            {
                Files = entry.Files + 1, Time = entry.Time + elapsed, Slowest = elapsed > entry.Slowest ? elapsed : entry.Slowest,
            };
            if (i + 1 == FirstMark && files > FirstMark)
            {
                afterFirstMark = MemoryReading.Take();
            }
        }
        var afterLast = MemoryReading.Take();
        total.Stop();
        return new Result(files, outcomes, perKind, afterFirstMark, afterLast, total.Elapsed);
    }

    /// <summary>
    /// Makes and runs file <paramref name="serial"/> in a frame of its own, so its bytes are unreachable once it returns: a
    /// local of the loop (which unoptimized, tier-0 code keeps alive to the end of the method) would hold the last file,
    /// up to 10 MB, through the memory reading.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (string Kind, string Outcome, TimeSpan Elapsed) RunFile(InProcessStages stages, int serial)
    {
        var kind = HostileFiles.Kinds[serial % HostileFiles.Kinds.Count];
        var (name, bytes) = HostileFiles.Make(kind, serial);
        var watch = Stopwatch.StartNew();
        var outcome = stages.Run(bytes, name).ToString();
        return (kind, outcome, watch.Elapsed);
    }
}
