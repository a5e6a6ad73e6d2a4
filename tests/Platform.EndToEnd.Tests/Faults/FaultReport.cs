using Xunit.Abstractions;

namespace Platform.EndToEnd.Tests.Faults;

/// <summary>
/// Says what a fault test did and counted: to the test's output, to stdout, and as one line appended to the report file
/// in <c>PLATFORM_FAULT_REPORT</c> (deploy/test.sh prints that file after the suite).
/// </summary>
public sealed class FaultReport(ITestOutputHelper output)
{
    public void Say(string line)
    {
        var stamped = $"[{DateTime.UtcNow:HH:mm:ss}] {line}";
        output.WriteLine(stamped);
        Console.WriteLine(stamped);
    }

    /// <summary>The test's summary line: said, and appended to the report file.</summary>
    public void Summary(string fault, string occurrences, FaultAccounting.Counts counts, TimeSpan took) =>
        Summary(fault, occurrences, $"submitted {counts.Submitted} stored {counts.Stored} rejected {counts.Rejected} " +
                                    $"duplicates {counts.Duplicates} lost {counts.Lost} | left in queues {counts.LeftInQueues}", took);

    /// <summary>A summary line with figures other than the accounting's (the in-process memory loop).</summary>
    public void Summary(string fault, string occurrences, string figures, TimeSpan took)
    {
        var line = $"FAULT {fault} | {occurrences} | {figures} | {took.TotalSeconds:F0} s";
        Say(line);
        var file = Environment.GetEnvironmentVariable(FaultSuite.ReportVariable);
        if (!string.IsNullOrEmpty(file))
        {
            lock (typeof(FaultReport))
            {
                File.AppendAllText(file, line + Environment.NewLine);
            }
        }
    }
}
