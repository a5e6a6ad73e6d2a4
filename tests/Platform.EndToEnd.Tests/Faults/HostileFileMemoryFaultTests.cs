using System.Diagnostics;
using System.Globalization;
using Platform.Cli.Benchmarking;
using Xunit.Abstractions;

namespace Platform.EndToEnd.Tests.Faults;

/// <summary>
/// 1,000 hostile files through the CPU stages in this process (the loop of <c>platform benchmark --hostile</c>,
/// <see cref="HostileLoop"/>: decode, provenance, extraction with the default limits and budget): the managed heap after a
/// forced full collection at file 1,000 is within 10% of the heap at file 100, so no stage keeps anything per file. The
/// working set is printed, not asserted (the runtime keeps freed pages, so it moves with the collector, not with leaks).
/// In the fault suite's collection, so it runs alone and not beside a distributed run.
/// </summary>
[Collection(FaultPlatformCollection.Name)]
[Trait("Category", FaultSuite.Category)]
public sealed class HostileFileMemoryFaultTests(ITestOutputHelper output)
{
    private const int Files = 1000;
    private const double Tolerance = 0.10;
    private readonly FaultReport _report = new(output);

    [FaultFact]
    public void The_managed_heap_after_1000_hostile_files_is_within_10_percent_of_the_heap_after_100()
    {
        var clock = Stopwatch.StartNew();
        var result = HostileLoop.Run(Files);

        var first = Assert.IsType<MemoryReading>(result.AfterFirstMark);
        var last = result.AfterLast;
        var heapRatio = last.GcHeapBytes / (double)first.GcHeapBytes;
        var workingSetRatio = last.WorkingSetBytes / (double)first.WorkingSetBytes;
        _report.Say($"memory: outcomes {string.Join(", ", result.Outcomes.Select(o => $"{o.Value} {o.Key}"))}");
        _report.Say(string.Create(CultureInfo.InvariantCulture,
            $"memory: after file {HostileLoop.FirstMark}: GC heap {first.GcHeapMiB:0.0} MiB, working set {first.WorkingSetMiB:0.0} MiB; " +
            $"after file {Files}: GC heap {last.GcHeapMiB:0.0} MiB, working set {last.WorkingSetMiB:0.0} MiB"));
        _report.Summary("hostile files in a loop through the stages in-process (memory)", $"{Files} hostile files",
            string.Create(CultureInfo.InvariantCulture,
                $"outcomes {result.Outcomes.Values.Sum()} | GC heap {first.GcHeapMiB:0.0} -> {last.GcHeapMiB:0.0} MiB (x{heapRatio:0.000}) | " +
                $"working set {first.WorkingSetMiB:0.0} -> {last.WorkingSetMiB:0.0} MiB (x{workingSetRatio:0.000})"),
            clock.Elapsed);

        Assert.Equal(Files, result.Outcomes.Values.Sum());
        Assert.Equal(HostileFiles.Kinds.Count, result.PerKind.Count);
        Assert.InRange(heapRatio, 1 - Tolerance, 1 + Tolerance);
    }
}
