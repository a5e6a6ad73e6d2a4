using System.Diagnostics;
using Xunit.Abstractions;

namespace Platform.EndToEnd.Tests.Faults;

/// <summary>
/// SIGKILL of each worker kind while <see cref="FaultSuite.KillFiles"/> files (2,000 unless set) flow: the kind's processes
/// are killed at a quarter, half and three quarters of the outcomes and started again; every file still ends with exactly
/// one outcome, nothing twice, no queue left holding.
/// </summary>
[Collection(FaultPlatformCollection.Name)]
[Trait("Category", FaultSuite.Category)]
public sealed class WorkerCrashFaultTests(FaultPlatform fault, ITestOutputHelper output) : IAsyncLifetime
{
    private const int BadEvery = 25;
    private const int Kills = 3;
    private readonly DistributedPlatform _platform = fault.Platform;
    private readonly FaultReport _report = new(output);

    public Task InitializeAsync() => FaultSuite.Enabled ? _platform.Database.ResetAsync() : Task.CompletedTask;
    public Task DisposeAsync() => Task.CompletedTask;

    [FaultTheory]
    [InlineData("ingest")]
    [InlineData("provenance")]
    [InlineData("extraction")]
    [InlineData("storage")]
    public async Task Killing_a_worker_kind_three_times_mid_flow_loses_and_duplicates_nothing(string kind)
    {
        var clock = Stopwatch.StartNew();
        var articles = FaultSuite.KillFiles;
        // (the waits, 3 and 5 minutes at 2,000 files, well over what a 2-core machine needs, grow with a larger count)
        var scale = Math.Max(1, articles / (double)FaultSuite.DefaultKillFiles);
        var accounting = new FaultAccounting(_platform);
        var inbox = new FaultInbox(_platform, $"kill-{kind}");
        inbox.Drop(articles, BadEvery);
        _report.Say($"{kind}: dropped {articles} files ({inbox.Junk} junk) into the inbox");

        var kills = 0;
        for (var k = 1; k <= Kills; k++)
        {
            var threshold = articles * k / (Kills + 1);
            var have = await accounting.WaitForOutcomesAsync(inbox.Files, threshold, TimeSpan.FromMinutes(3) * scale);
            Assert.True(have >= threshold, $"only {have} of {articles} outcomes before kill {k}");
            var names = _platform.Services.Where(s => s.Name == kind || s.Name.StartsWith(kind + "-", StringComparison.Ordinal))
                .Select(s => s.Name).ToList();
            Assert.NotEmpty(names);
            foreach (var name in names)
            {
                await _platform.KillAsync(name);
            }
            kills++;
            _report.Say($"{kind}: kill {k}: SIGKILL {string.Join(", ", names)} at {have}/{articles} outcomes");
            await Task.Delay(TimeSpan.FromSeconds(2));
            await Task.WhenAll(names.Select(_platform.StartAsync));
            _report.Say($"{kind}: kill {k}: started {string.Join(", ", names)} again");
        }

        var finished = await accounting.WaitForOutcomesAsync(inbox.Files, articles, TimeSpan.FromMinutes(5) * scale);
        _report.Say($"{kind}: {finished}/{articles} outcomes after {kills} kills");
        var counts = await accounting.CountAsync(inbox.Files);
        _report.Say($"{kind}: {counts}");
        _report.Summary($"SIGKILL {kind}", $"{kills} kills", counts, clock.Elapsed);
        FaultAccounting.AssertAccounted(counts, inbox.Junk);
        Assert.All(_platform.Services, s => Assert.False(s.HasExited, $"{s.Name} exited: {s.Tail()}"));
    }
}
