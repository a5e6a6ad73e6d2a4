using Platform.Cli.Failures;
using Platform.Cli.Input;
using Platform.Cli.Output;
using Platform.Messaging;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform failures list</c> and <c>platform failures replay</c>: the messages parked in the <c>_error</c> queues and the
/// dead-letter queue of a distributed run, and sending them back once the cause is fixed. Broker settings as for <c>submit</c>.
/// </summary>
public static class FailuresCommand
{
    private const int ListLimitPerQueue = 1000;

    public static async Task<int> ListAsync(string? queue, bool json, TextWriter stdout, CancellationToken ct)
    {
        var queues = Queues(queue);
        var settings = RabbitMqSettingsReader.FromEnvironment();
        await using var connection = await RawIngestQueue.ConnectionFactory(settings, "platform-failures").CreateConnectionAsync(ct);
        var messages = await new FailureQueues(connection).ListAsync(queues, ListLimitPerQueue, ct);
        var now = DateTimeOffset.UtcNow;
        if (json)
        {
            JsonLines.Write(stdout, messages);
        }
        else
        {
            stdout.WriteLine(FailureLines.Header);
            foreach (var message in messages) stdout.WriteLine(FailureLines.Format(message, now));
        }
        stdout.Flush();
        Console.Error.WriteLine($"{messages.Count} failed message(s) in {string.Join(", ", queues)} on {settings.Host}:{settings.Port}/{settings.VirtualHost}");
        return 0;
    }

    public static async Task<int> ReplayAsync(string? queue, bool all, IReadOnlyList<string> ids, TextWriter stdout, CancellationToken ct)
    {
        if (all == ids.Count > 0)
        {
            throw new UsageException("failures replay needs either --all or the message ids to send back (from 'platform failures list').");
        }
        var queues = Queues(queue);
        var wanted = new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase);
        var settings = RabbitMqSettingsReader.FromEnvironment();
        await using var connection = await RawIngestQueue.ConnectionFactory(settings, "platform-failures").CreateConnectionAsync(ct);
        var replayed = await new FailureQueues(connection).ReplayAsync(queues, m => all || (m.MessageId is { } id && wanted.Contains(id)), ct);
        foreach (var message in replayed)
        {
            stdout.WriteLine($"{message.MessageId ?? "-"}\t{message.Queue} -> {message.ReturnTo}\t{message.FileName ?? "-"}");
        }
        stdout.Flush();
        var missing = wanted.Except(replayed.Select(m => m.MessageId ?? ""), StringComparer.OrdinalIgnoreCase).ToList();
        Console.Error.WriteLine($"replayed {replayed.Count} message(s)" + (missing.Count > 0 ? $"; not found: {string.Join(", ", missing)}" : ""));
        return missing.Count == 0 ? 0 : 1;
    }

    private static IReadOnlyList<string> Queues(string? queue)
    {
        if (queue is null) return FailureQueues.All;
        if (!FailureQueues.All.Contains(queue, StringComparer.Ordinal))
        {
            throw new UsageException($"--queue must be one of {string.Join(", ", FailureQueues.All)}.");
        }
        return [queue];
    }
}
