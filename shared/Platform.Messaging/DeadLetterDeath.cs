using System.Collections;
using System.Text;

namespace Platform.Messaging;

/// <summary>
/// Why and from where RabbitMQ dead-lettered a message, read from its headers: the newest entry of <c>x-death</c> (a list of
/// tables with <c>queue</c>, <c>reason</c>, <c>count</c>, <c>time</c>), else <c>x-first-death-queue</c> and
/// <c>x-first-death-reason</c>. Reasons: <c>delivery_limit</c>, <c>rejected</c>, <c>expired</c>, <c>maxlen</c>.
/// Strings arrive as UTF-8 byte arrays from RabbitMQ.Client and as strings elsewhere; both are read.
/// </summary>
public sealed record DeadLetterDeath(string Queue, string Reason, long Count, DateTimeOffset? Time)
{
    public const string DeathHeader = "x-death";
    public const string FirstDeathQueueHeader = "x-first-death-queue";
    public const string FirstDeathReasonHeader = "x-first-death-reason";
    public const string Unknown = "unknown";

    /// <summary>The death a message carries, or null when its headers say nothing about dead-lettering.</summary>
    public static DeadLetterDeath? From(IEnumerable<KeyValuePair<string, object?>> headers)
    {
        var byName = headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        if (byName.TryGetValue(DeathHeader, out var deaths) && deaths is IEnumerable list and not string and not byte[])
        {
            foreach (var entry in list)
            {
                if (Table(entry) is { } table)
                {
                    return new DeadLetterDeath(
                        Text(table.GetValueOrDefault("queue")) ?? Unknown,
                        Text(table.GetValueOrDefault("reason")) ?? Unknown,
                        Number(table.GetValueOrDefault("count")) ?? 1,
                        Timestamp(table.GetValueOrDefault("time")));
                }
            }
        }
        var queue = Text(byName.GetValueOrDefault(FirstDeathQueueHeader));
        var reason = Text(byName.GetValueOrDefault(FirstDeathReasonHeader));
        return queue is null && reason is null ? null : new DeadLetterDeath(queue ?? Unknown, reason ?? Unknown, 1, null);
    }

    /// <summary>Whether a header is RabbitMQ's dead-letter history, dropped when a message is sent back to its queue as new.</summary>
    public static bool IsDeathHeader(string name) =>
        name.Equals(DeathHeader, StringComparison.OrdinalIgnoreCase) || name.StartsWith("x-first-death-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("x-last-death-", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, object?>? Table(object? entry) => entry switch
    {
        IDictionary<string, object?> d => new Dictionary<string, object?>(d, StringComparer.OrdinalIgnoreCase),
        IDictionary d => d.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => d[k], StringComparer.OrdinalIgnoreCase),
        _ => null,
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        string s => s,
        _ => value.ToString(),
    };

    private static long? Number(object? value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        byte b => b,
        string s when long.TryParse(s, out var parsed) => parsed,
        byte[] bytes when long.TryParse(Encoding.UTF8.GetString(bytes), out var parsed) => parsed,
        _ => null,
    };

    private static DateTimeOffset? Timestamp(object? value) => value switch
    {
        RabbitMQ.Client.AmqpTimestamp t => DateTimeOffset.FromUnixTimeSeconds(t.UnixTime),
        DateTimeOffset d => d,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        long seconds => DateTimeOffset.FromUnixTimeSeconds(seconds),
        _ => null,
    };
}
