using Platform.Ingest.Decoding;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Cli.Distributed;
using Platform.Cli.Embedded;
using Platform.Cli.Input;
using Platform.Ingest.Intake;
using Platform.Messaging;
using Platform.Storage.Persistence;
using RabbitMQ.Client;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform submit &lt;files or folders...&gt;</c>: publishes each file as a raw message to the RabbitMQ <c>ingest</c> exchange (bound to the <c>ingest</c> queue)
/// with broker confirmation, showing progress and a final summary. A journal of confirmed files makes re-runs skip them.
/// With <c>--wait</c> it then prints one <c>process --json</c> line per sent file as storage announces its outcome (a
/// temporary subscription to storage's outcome events, opened before the first file is sent), and exits with
/// <see cref="NoOutcomeExitCode"/> when some outcome has not arrived within <c>--timeout</c>.
/// </summary>
public static class SubmitCommand
{
    /// <summary>The journal's name in the data folder (<c>--data</c>, default <c>platform-data</c>), unless <c>--journal</c> names a file.</summary>
    public const string JournalFileName = "submit.journal";

    /// <summary>RabbitMQ's default largest message (128 MiB) less room for properties.</summary>
    private const long BrokerMessageLimit = 127L * 1024 * 1024;

    private static Task<IChannel> OpenChannelAsync(IConnection connection, CancellationToken cancellationToken) =>
        connection.CreateChannelAsync(RawIngestQueue.ConfirmedChannel, cancellationToken);

    /// <summary>Exit code of <c>submit --wait</c> when some file's outcome did not arrive in time.</summary>
    public const int NoOutcomeExitCode = 4;
    public static readonly TimeSpan DefaultWaitTimeout = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (line.Arguments.Count == 0)
        {
            throw new UsageException("submit needs at least one file or folder.");
        }
        var files = InputFiles.Expand(line.Arguments);
        var settings = RabbitMqSettingsReader.FromEnvironment();
        var contentType = line.Option("--content-type");
        using var journal = new SubmitJournal(line.Option("--journal")
            ?? Path.Combine(line.Option("--data") ?? ProcessCommand.DefaultDataFolder, JournalFileName));

        var wait = line.HasFlag("--wait");
        var timeout = WaitTimeout(line);

        var factory = RawIngestQueue.ConnectionFactory(settings, "platform-submit");
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        var tracker = new SubmissionOutcomeTracker();
        await using var subscription = wait ? await OutcomeSubscription.StartAsync(connection, tracker, cancellationToken) : null;
        var sentFiles = new List<SentFile>();
        await SubmitPath.EnsureAsync(connection, cancellationToken);
        var channel = await OpenChannelAsync(connection, cancellationToken);

        int sent = 0, skipped = 0, failed = 0, done = 0;
        await SubmitProgress.RunAsync(files.Count, line.HasFlag("--quiet"), async report =>
        {
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (new FileInfo(file).Length > BrokerMessageLimit)
                {
                    throw new IOException($"the file is larger than the broker accepts in one message ({BrokerMessageLimit:N0} bytes)");
                }
                var content = await File.ReadAllBytesAsync(file, cancellationToken);
                var submissionId = ArticleIdentity.SubmissionId(content);
                if (journal.Contains(submissionId, file))
                {
                    skipped++;
                }
                else
                {
                    if (!channel.IsOpen)
                    {
                        await channel.DisposeAsync();
                        channel = await OpenChannelAsync(connection, cancellationToken);
                    }
                    var messageId = NewId.NextGuid();
                    // The raw listener derives the submission's correlation id from the message id and the content, so the
                    // outcome of exactly this message can be waited for.
                    var outcome = tracker.Expect(ArticleIntake.CorrelationOf(messageId.ToString("D"), submissionId));
                    await RawIngestQueue.PublishAsync(channel, content, Path.GetFileName(file), contentType, messageId, cancellationToken);
                    journal.Record(submissionId, file);
                    sentFiles.Add(new SentFile(file, submissionId, outcome));
                    sent++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One file that cannot be sent (unreadable, refused by the broker) does not stop the others; a re-run retries it.
                failed++;
                Console.Error.WriteLine($"{Environment.NewLine}platform: could not submit {file}: {ex.Message}");
            }
            report(++done, failed);
        }
        });
        await channel.DisposeAsync();

        Console.Error.WriteLine($"submitted {sent}, skipped {skipped} already submitted, failed {failed} (of {files.Count} files) to exchange '{QueueNames.RawIngestExchange}' (queue '{QueueNames.RawIngest}') on {settings.Host}:{settings.Port}/{settings.VirtualHost}");
        var arrived = !wait || await PrintOutcomesAsync(sentFiles, line.Option("--database"), timeout, stdout, cancellationToken);
        return failed > 0 ? 1 : arrived ? 0 : NoOutcomeExitCode;
    }

    private sealed record SentFile(string File, string SubmissionId, Task<SubmissionOutcome> Outcome);

    private static TimeSpan WaitTimeout(CommandLine line) => line.Option("--timeout") is not { } value
        ? DefaultWaitTimeout
        : int.TryParse(value, out var seconds) && seconds > 0 ? TimeSpan.FromSeconds(seconds) : throw new UsageException("--timeout needs a positive number of seconds.");

    /// <summary>
    /// Prints each sent file's line as its outcome arrives (arrival order), then a <c>no-outcome</c> line for each file still
    /// waiting when <paramref name="timeout"/> (counted from the end of sending) runs out. True when every outcome arrived.
    /// Article keys come from the database when one is given (<c>--database</c> or PLATFORM_DATABASE).
    /// </summary>
    private static async Task<bool> PrintOutcomesAsync(IReadOnlyList<SentFile> sentFiles, string? database, TimeSpan timeout, TextWriter stdout,
        CancellationToken cancellationToken)
    {
        database ??= Environment.GetEnvironmentVariable(StoreLocation.DatabaseVariable);
        await using var services = string.IsNullOrWhiteSpace(database)
            ? null
            : new ServiceCollection().AddArticleStore(StorageProvider.Postgres, database).BuildServiceProvider();
        var store = services?.GetRequiredService<IArticleStore>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var waiting = sentFiles.ToDictionary(f => (Task)f.Outcome);
        Console.Error.WriteLine($"waiting up to {timeout.TotalSeconds:0} s for the outcome of {waiting.Count} file(s)");
        var timedOut = Task.Delay(Timeout.Infinite, deadline.Token);
        while (waiting.Count > 0)
        {
            var done = await Task.WhenAny(waiting.Keys.Append(timedOut));
            if (!waiting.Remove(done, out var file)) break; // the deadline (or a stop) came first
            var outcome = await file.Outcome;
            var stored = store is not null && outcome.ArticleId is { } articleId ? await store.FindArticleAsync(articleId, cancellationToken) : null;
            stdout.WriteLine(SubmitOutcomeLine.Write(file.File, file.SubmissionId, outcome, stored, timeout));
            stdout.Flush();
        }
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var file in sentFiles.Where(f => waiting.ContainsValue(f)))
        {
            stdout.WriteLine(SubmitOutcomeLine.Write(file.File, file.SubmissionId, null, null, timeout));
        }
        stdout.Flush();
        return waiting.Count == 0;
    }
}
