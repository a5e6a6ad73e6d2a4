using System.Diagnostics;
using System.Runtime;

namespace Platform.Cli.Benchmarking;

/// <summary>
/// The process's memory at one moment: the managed heap after a forced, compacting full collection (what the process
/// still holds on to) and the working set (what the operating system counts, noisier: the runtime keeps freed pages).
/// </summary>
public sealed record MemoryReading(long GcHeapBytes, long WorkingSetBytes)
{
    public double GcHeapMiB => GcHeapBytes / 1048576.0;
    public double WorkingSetMiB => WorkingSetBytes / 1048576.0;

    public static MemoryReading Take()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return new MemoryReading(GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
