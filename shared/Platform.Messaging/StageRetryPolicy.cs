using MassTransit;

namespace Platform.Messaging;

/// <summary>Bounded retry shared by the stage consumer definitions. Permanent failures become rejections inside consumers, so retry only sees transient ones.</summary>
public static class StageRetryPolicy
{
    public static void Apply(IRetryConfigurator retry)
    {
        retry.Intervals(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        retry.Ignore<ArgumentException>();
        // A timeout on this input (regex match timeout, processing budget) recurs on every attempt: never retried.
        retry.Ignore<System.Text.RegularExpressions.RegexMatchTimeoutException>();
    }
}
