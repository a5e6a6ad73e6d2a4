using System.Net.Sockets;
using Npgsql;
using Platform.Storage.Availability;

namespace Platform.Storage.Tests.Availability;

public sealed class DatabaseWriteHoldTests
{
    private static readonly AvailabilityTimings Fast = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(20));

    private static NpgsqlException Refused() =>
        new("Failed to connect to 127.0.0.1:55432", new SocketException((int)SocketError.ConnectionRefused));

    [Fact]
    public async Task An_outage_is_held_until_the_probe_answers_and_the_write_then_succeeds()
    {
        var probe = new ScriptedProbe(answers: false);
        var hold = new DatabaseWriteHold(new DatabaseAvailability(probe, Fast));
        var attempts = 0;

        var writing = hold.RunAsync(_ =>
        {
            attempts++;
            return probe.Answers ? Task.FromResult("stored") : throw Refused();
        }, CancellationToken.None);

        // held: the probe keeps being asked, the write has not failed
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (probe.Asked < 5 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        Assert.True(probe.Asked >= 5, "the hold should keep probing while the database is away");
        Assert.False(writing.IsCompleted);

        probe.Answers = true;

        Assert.Equal("stored", await writing.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task An_outage_like_failure_while_the_database_answers_is_thrown_at_once()
    {
        var probe = new ScriptedProbe(answers: true);
        var hold = new DatabaseWriteHold(new DatabaseAvailability(probe, Fast));
        var attempts = 0;

        await Assert.ThrowsAsync<NpgsqlException>(() => hold.RunAsync<int>(_ =>
        {
            attempts++;
            throw Refused();
        }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(1, attempts);
        Assert.Equal(1, probe.Asked);
    }

    [Fact]
    public async Task A_failure_that_is_not_about_reaching_the_database_is_thrown_without_asking_the_probe()
    {
        var probe = new ScriptedProbe(answers: false);
        var hold = new DatabaseWriteHold(new DatabaseAvailability(probe, Fast));

        var error = await Assert.ThrowsAsync<IOException>(() => hold.RunAsync(_ => throw new IOException("disk full"), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("disk full", error.Message);
        Assert.Equal(0, probe.Asked);
    }

    [Fact]
    public async Task The_embedded_store_is_never_held()
    {
        var hold = new DatabaseWriteHold(new DatabaseAvailability(new EmbeddedDatabaseProbe(), Fast));

        await Assert.ThrowsAsync<NpgsqlException>(() => hold.RunAsync(_ => throw Refused(), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Shutdown_ends_a_hold()
    {
        var hold = new DatabaseWriteHold(new DatabaseAvailability(new ScriptedProbe(answers: false), Fast));
        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hold.RunAsync(_ => throw Refused(), shutdown.Token)
            .WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
