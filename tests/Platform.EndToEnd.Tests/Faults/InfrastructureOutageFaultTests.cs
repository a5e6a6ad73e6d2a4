using System.Diagnostics;
using Platform.Contracts;
using Xunit.Abstractions;

namespace Platform.EndToEnd.Tests.Faults;

/// <summary>
/// The broker restarted, and the database stopped for 30 s and for 3 minutes, while articles flow: afterwards every file
/// has exactly one outcome (every good article stored: storage held it through the outage), nothing is stored twice, no
/// queue holds a message and no worker died.
/// </summary>
[Collection(FaultPlatformCollection.Name)]
[Trait("Category", FaultSuite.Category)]
public sealed class InfrastructureOutageFaultTests(FaultPlatform fault, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Articles = 300;
    private const int BadEvery = 25;
    private static readonly TimeSpan BrokerDown = TimeSpan.FromSeconds(10);
    private readonly DistributedPlatform _platform = fault.Platform;
    private readonly FaultReport _report = new(output);

    public Task InitializeAsync() => FaultSuite.Enabled ? _platform.Database.ResetAsync() : Task.CompletedTask;
    public Task DisposeAsync() => Task.CompletedTask;

    [FaultFact]
    public async Task A_broker_restart_mid_run_loses_and_duplicates_nothing()
    {
        var clock = Stopwatch.StartNew();
        var accounting = new FaultAccounting(_platform);
        var inbox = new FaultInbox(_platform, "broker");
        await using var broker = new BrokerRestart();
        inbox.Drop(Articles / 2, BadEvery);
        var have = await accounting.WaitForOutcomesAsync(inbox.Files, Articles / 8, TimeSpan.FromMinutes(3));
        await broker.StopAsync();
        _report.Say($"broker: stopped the RabbitMQ application at {have}/{Articles / 2} outcomes");
        // Files keep arriving while the broker is away.
        inbox.Drop(Articles / 2, BadEvery);
        await Task.Delay(BrokerDown);
        await broker.StartAsync();
        _report.Say($"broker: started it again after {BrokerDown.TotalSeconds:F0} s; {inbox.Files.Count} files dropped in all ({inbox.Junk} junk)");

        var finished = await accounting.WaitForOutcomesAsync(inbox.Files, inbox.Files.Count, TimeSpan.FromMinutes(5));
        _report.Say($"broker: {finished}/{inbox.Files.Count} outcomes");
        var counts = await accounting.CountAsync(inbox.Files);
        _report.Say($"broker: {counts}");
        _report.Summary("broker restart (stop_app/start_app, 10 s)", "1 restart", counts, clock.Elapsed);
        FaultAccounting.AssertAccounted(counts, inbox.Junk);
        Assert.All(_platform.Services, s => Assert.False(s.HasExited, $"{s.Name} exited: {s.Tail()}"));
    }

    [FaultTheory]
    [InlineData(30)]
    [InlineData(180)]
    public async Task A_database_stop_mid_run_loses_duplicates_and_rejects_nothing(int seconds)
    {
        var clock = Stopwatch.StartNew();
        var databaseDown = TimeSpan.FromSeconds(seconds);
        var accounting = new FaultAccounting(_platform);
        var inbox = new FaultInbox(_platform, $"pgstop{seconds}");
        await using var outage = new PostgresOutage();
        inbox.Drop(Articles / 2, BadEvery);
        var have = await accounting.WaitForOutcomesAsync(inbox.Files, Articles / 8, TimeSpan.FromMinutes(3));
        await outage.StopAsync();
        var stopped = Stopwatch.StartNew();
        _report.Say($"database: stopped PostgreSQL for {seconds} s at {have}/{Articles / 2} outcomes");
        inbox.Drop(Articles / 2, BadEvery);
        var remaining = databaseDown - stopped.Elapsed;
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }
        await outage.StartAsync();
        _report.Say($"database: started it again after {stopped.Elapsed.TotalSeconds:F0} s; {inbox.Files.Count} files dropped in all ({inbox.Junk} junk)");

        var finished = await accounting.WaitForOutcomesAsync(inbox.Files, inbox.Files.Count, TimeSpan.FromMinutes(5));
        _report.Say($"database: {finished}/{inbox.Files.Count} outcomes");
        var counts = await accounting.CountAsync(inbox.Files);
        _report.Say($"database: {counts}");
        _report.Summary($"PostgreSQL stopped {seconds} s", "1 stop", counts, clock.Elapsed);
        FaultAccounting.AssertAccounted(counts, inbox.Junk);
        // The hold carried every good article through the outage: stored, not rejected, timed out or dead-lettered.
        var outcomes = await accounting.OutcomesAsync(inbox.Files);
        Assert.All(inbox.Files.Where(f => !inbox.JunkFiles.Contains(f)), f => Assert.Equal("stored", Assert.Single(outcomes[f]).Status));
        Assert.All(inbox.JunkFiles, f => Assert.Equal(("rejected", RejectionReasons.BinaryContent), (outcomes[f].Single().Status, outcomes[f].Single().Reason)));
        Assert.All(_platform.Services, s => Assert.False(s.HasExited, $"{s.Name} exited: {s.Tail()}"));
    }
}
