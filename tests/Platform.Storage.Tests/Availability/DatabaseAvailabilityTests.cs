using Platform.Storage.Availability;

namespace Platform.Storage.Tests.Availability;

public sealed class DatabaseAvailabilityTests
{
    private static readonly AvailabilityTimings Fast = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(20));

    [Fact]
    public async Task A_probe_that_answers_is_available_and_one_that_throws_is_not()
    {
        var probe = new ScriptedProbe(answers: true);
        var availability = new DatabaseAvailability(probe, Fast);
        Assert.Null(availability.LastAnswered);

        Assert.True(await availability.ProbeAsync(CancellationToken.None));
        Assert.True(availability.LastAnswered);

        var refusing = new DatabaseAvailability(new ScriptedProbe(answers: false) { AnswersFromQuestion = int.MaxValue }, Fast);
        Assert.False(await refusing.ProbeAsync(CancellationToken.None));
        Assert.False(refusing.LastAnswered);
    }

    [Fact]
    public async Task A_probe_that_hangs_counts_as_no_answer_after_the_probe_timeout()
    {
        var availability = new DatabaseAvailability(new HangingProbe(), Fast);

        Assert.False(await availability.ProbeAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Waiting_returns_once_the_database_answers_again()
    {
        var probe = new ScriptedProbe(answers: false) { AnswersFromQuestion = 4 };
        var availability = new DatabaseAvailability(probe, Fast);

        await availability.WaitUntilAvailableAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(4, probe.Asked);
        Assert.True(availability.LastAnswered);
    }

    [Fact]
    public async Task Waiting_ends_when_the_caller_cancels()
    {
        var availability = new DatabaseAvailability(new ScriptedProbe(answers: false), Fast);
        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => availability.WaitUntilAvailableAsync(shutdown.Token).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private sealed class HangingProbe : IDatabaseProbe
    {
        public async Task<bool> AnswersAsync(CancellationToken ct)
        {
            await Task.Delay(Timeout.Infinite, ct);
            return true;
        }
    }
}
