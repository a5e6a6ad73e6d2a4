using Platform.Storage.Availability;

namespace Platform.Storage.Tests.Availability;

/// <summary>A probe whose answer the test sets (or that throws, as a refused connection does), counting the times it was asked.</summary>
public sealed class ScriptedProbe : IDatabaseProbe
{
    private int _asked;
    private volatile bool _answers;

    public ScriptedProbe(bool answers) => _answers = answers;

    public int Asked => Volatile.Read(ref _asked);
    public bool Answers { get => _answers; set => _answers = value; }
    /// <summary>When set, the probe answers only after this many questions (the database comes back).</summary>
    public int? AnswersFromQuestion { get; init; }

    public Task<bool> AnswersAsync(CancellationToken ct)
    {
        var asked = Interlocked.Increment(ref _asked);
        if (AnswersFromQuestion is { } from)
        {
            return asked >= from ? Task.FromResult(true) : throw new TimeoutException("no answer");
        }
        return Task.FromResult(_answers);
    }
}
