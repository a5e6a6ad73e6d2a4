using System.Net;
using System.Text;

namespace Platform.EndToEnd.Tests;

/// <summary>
/// PostgreSQL stops for about 80 s while articles flow through the distributed run: storage holds its messages (its
/// readiness turns unhealthy, its liveness stays healthy) and, once the database is back, every article is stored, none is
/// rejected and no message is left in an <c>_error</c> queue.
/// </summary>
[Collection(DistributedPlatformCollection.Name)]
public sealed class DatabaseOutageTests(DistributedPlatform platform) : IAsyncLifetime
{
    private const int BeforeOutage = 20;
    private const int DuringOutage = 60;
    private static readonly TimeSpan OutageLength = TimeSpan.FromSeconds(80);

    public Task InitializeAsync() => platform.Database.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [InfrastructureFact]
    public async Task An_80_second_database_outage_loses_nothing_rejects_nothing_and_storage_is_unready_meanwhile()
    {
        var storage = platform.Services.First(s => s.Name.StartsWith("storage-", StringComparison.Ordinal));
        await using var health = new HealthWatch(storage.Port);
        await using var outage = new PostgresOutage();

        for (var i = 0; i < BeforeOutage; i++)
        {
            DropIntoInbox(i);
        }
        await outage.StopAsync();
        var outageStarted = DateTime.UtcNow;
        // Articles keep arriving while the database is away, spread over the first half of the outage.
        for (var i = BeforeOutage; i < BeforeOutage + DuringOutage; i++)
        {
            DropIntoInbox(i);
            await Task.Delay(OutageLength / 2 / DuringOutage);
        }
        var remaining = OutageLength - (DateTime.UtcNow - outageStarted);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }
        var outageEnded = DateTime.UtcNow;
        await outage.StartAsync();

        var submissions = await platform.Database.WaitForSubmissionsAsync(rows => rows.Count >= BeforeOutage + DuringOutage,
            TimeSpan.FromMinutes(2));
        await Task.Delay(TimeSpan.FromSeconds(6)); // the management API's queue figures lag by up to 5 s

        Assert.DoesNotContain(submissions, s => s.Status != "stored");
        Assert.Equal(BeforeOutage + DuringOutage, submissions.Count);
        Assert.Equal(BeforeOutage + DuringOutage, (await platform.Database.ArticlesAsync()).Count);
        Assert.All(await platform.Management.ErrorQueueDepthsAsync(platform.VirtualHost), q => Assert.Equal(0, q.Value));

        // (samples from a few seconds in: the first may predate the stop)
        var during = health.Between(outageStarted + TimeSpan.FromSeconds(5), outageEnded);
        Assert.NotEmpty(during);
        Assert.All(during, s => Assert.Equal(HttpStatusCode.OK, s.Live));
        Assert.Contains(during, s => s.Ready == HttpStatusCode.ServiceUnavailable);
        Assert.DoesNotContain(during, s => s.Ready == HttpStatusCode.OK);
        await storage.WaitReadyAsync(TimeSpan.FromSeconds(30));
    }

    private void DropIntoInbox(int i)
    {
        var name = $"outage-{i:D3}.txt";
        var temporary = Path.Combine(platform.Inbox, "." + name + ".part");
        File.WriteAllBytes(temporary, Article(i));
        File.Move(temporary, Path.Combine(platform.Inbox, name));
    }

    private static byte[] Article(int i) => Encoding.UTF8.GetBytes($"""
        Reservoir levels fall for week {i} as the dry spell continues
        Published: 1{i % 9} May 2025, 0{i % 10}:30
        The water board of the fictional valley of Brenmoor reported on Friday that reservoir levels fell for week {i} in a row.
        Storage at the northern dam stood at {40 + i % 50} percent of capacity, the board said in its weekly bulletin.
        "We ask every household to use water sparingly during week {i}," said Ilse Marchetti, the board's director.
        BY TOMAS HALVORSEN [tomas.halvorsen@brenmoor-courier.example]
        """);
}
