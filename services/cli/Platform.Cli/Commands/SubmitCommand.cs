using Platform.Ingest.Decoding;
using MassTransit;
using Platform.Cli.Input;
using Platform.Messaging;
using RabbitMQ.Client;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform submit &lt;files or folders...&gt;</c>: publishes each file as a raw message into the RabbitMQ <c>ingest</c> queue
/// with broker confirmation, showing progress and a final summary. A journal of confirmed files makes re-runs skip them.
/// </summary>
public static class SubmitCommand
{
    /// <summary>The journal's name in the data folder (<c>--data</c>, default <c>platform-data</c>), unless <c>--journal</c> names a file.</summary>
    public const string JournalFileName = "submit.journal";

    /// <summary>RabbitMQ's default largest message (128 MiB) less room for properties.</summary>
    private const long BrokerMessageLimit = 127L * 1024 * 1024;

    private static async Task<IChannel> OpenChannelAsync(IConnection connection, CancellationToken cancellationToken)
    {
        var channel = await connection.CreateChannelAsync(RawIngestQueue.ConfirmedChannel, cancellationToken);
        await RawIngestQueue.DeclareAsync(channel, cancellationToken);
        return channel;
    }

    public static async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
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

        var factory = RawIngestQueue.ConnectionFactory(settings, "platform-submit");
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
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
                    await RawIngestQueue.PublishAsync(channel, content, Path.GetFileName(file), contentType, NewId.NextGuid(), cancellationToken);
                    journal.Record(submissionId, file);
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

        Console.Error.WriteLine($"submitted {sent}, skipped {skipped} already submitted, failed {failed} (of {files.Count} files) to queue '{QueueNames.RawIngest}' on {settings.Host}:{settings.Port}/{settings.VirtualHost}");
        return failed == 0 ? 0 : 1;
    }
}
