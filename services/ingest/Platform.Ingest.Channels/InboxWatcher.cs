using Platform.Contracts;
using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Ingest.Decoding;
using Platform.Ingest.Submissions;
using Platform.Messaging;
using RabbitMQ.Client;

namespace Platform.Ingest.Channels;

/// <summary>
/// Watches the inbox folder. Several replicas may watch one folder: a file is claimed by atomic rename, published raw to the
/// <c>ingest</c> queue with broker confirmation, then moved to <c>processed/</c>; a file that cannot be published (a symlink,
/// unreadable) goes to <c>failed/</c> with a JSON reason and a recorded rejection. Claims left by a dead process on this host
/// are taken back on start.
/// </summary>
public sealed class InboxWatcher(
    InboxSettings inbox,
    IngestOptions options,
    RabbitMqSettings rabbit,
    IBus bus,
    ILogger<InboxWatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, (long Length, DateTime WriteTime, DateTime FirstSeen)> _seen = new(StringComparer.Ordinal);
    private readonly string _claimPrefix = InboxFolders.ClaimPrefix(Environment.MachineName, Environment.ProcessId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(inbox.Path))
        {
            logger.LogInformation("No inbox folder configured (Inbox__Path); not watching one");
            return;
        }
        var folders = new InboxFolders(Path.GetFullPath(inbox.Path));
        folders.Create();
        RecoverAbandonedClaims(folders);
        logger.LogInformation("Watching inbox {Inbox}", folders.Root);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var factory = RawIngestQueue.ConnectionFactory(rabbit, $"inbox-watcher@{Environment.MachineName}:{Environment.ProcessId}");
                await using var connection = await factory.CreateConnectionAsync(stoppingToken);
                await using var channel = await connection.CreateChannelAsync(RawIngestQueue.ConfirmedChannel, stoppingToken);
                await RawIngestQueue.DeclareAsync(channel, stoppingToken);
                while (!stoppingToken.IsCancellationRequested && channel.IsOpen)
                {
                    await SweepAsync(folders, channel, stoppingToken);
                    await Task.Delay(inbox.PollMilliseconds, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Inbox watcher cannot reach the broker ({Message}); retrying", ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private async Task SweepAsync(InboxFolders folders, IChannel channel, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folders.Root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.'))
            {
                continue;
            }
            present.Add(path);
            var info = new FileInfo(path);
            if (!IsSettled(path, info, now))
            {
                continue;
            }
            var claimed = Path.Combine(folders.Processing, _claimPrefix + name);
            try
            {
                File.Move(path, claimed, overwrite: false);
            }
            catch (IOException)
            {
                continue; // another replica claimed it first
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }
            _seen.Remove(path);
            await HandleClaimedAsync(folders, claimed, name, channel, cancellationToken);
        }
        foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _seen.Remove(gone);
        }
    }

    /// <summary>A file is read only when its size and write time held still for the settle time: a file being written is left alone.</summary>
    private bool IsSettled(string path, FileInfo info, DateTime now)
    {
        var length = info.Exists ? info.Length : -1;
        var writeTime = info.Exists ? info.LastWriteTimeUtc : DateTime.MinValue;
        if (!_seen.TryGetValue(path, out var seen) || seen.Length != length || seen.WriteTime != writeTime)
        {
            _seen[path] = (length, writeTime, now);
            return false;
        }
        return (now - seen.FirstSeen).TotalMilliseconds >= inbox.SettleMilliseconds
            && (now - writeTime).TotalMilliseconds >= inbox.SettleMilliseconds;
    }

    private async Task HandleClaimedAsync(InboxFolders folders, string claimed, string originalName, IChannel channel,
        CancellationToken cancellationToken)
    {
        var info = new FileInfo(claimed);
        if (info.LinkTarget is not null)
        {
            await FailAsync(folders, claimed, originalName, "symlink-refused",
                "Symbolic links are not read from the inbox: drop the file itself.", cancellationToken);
            return;
        }
        if (info.Length > options.MaxFileBytes)
        {
            var bigId = await ArticleIdentity.SubmissionIdOfFileAsync(claimed, cancellationToken);
            await FailAsync(folders, claimed, originalName, RejectionReasons.TooLarge, options.TooLargeDetail(info.Length), cancellationToken, bigId);
            return;
        }
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(claimed, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await FailAsync(folders, claimed, originalName, RejectionReasons.UnreadableFile, $"The file could not be read: {ex.Message}", cancellationToken);
            return;
        }

        // The same claimed file keeps its message id if it must be published again after a crash, so storage sees a redelivery.
        var messageId = DropMessageId(originalName, content, info.LastWriteTimeUtc);
        try
        {
            await RawIngestQueue.PublishAsync(channel, content, originalName, contentType: null, messageId, cancellationToken);
        }
        catch
        {
            // Not confirmed by the broker: give the claim back so this or another replica publishes it once the broker answers.
            File.Move(claimed, UniquePath(folders.Root, originalName));
            throw;
        }
        File.Move(claimed, UniquePath(folders.Processed, originalName));
        logger.LogInformation("Inbox file {File} published to '{Queue}'", originalName, QueueNames.RawIngest);
    }

    private async Task FailAsync(InboxFolders folders, string claimed, string originalName, string reason, string detail,
        CancellationToken cancellationToken, string? submissionId = null)
    {
        submissionId ??= IngestSubmissions.SubmissionIdOfUnreadable(Path.Combine(folders.Failed, originalName));
        try
        {
            // Record the rejection first: a file is only filed under failed/ once its outcome is on its way to storage.
            await bus.Publish(IngestSubmissions.Reject(submissionId, NewId.NextGuid(), originalName, reason, detail), cancellationToken);
        }
        catch
        {
            File.Move(claimed, UniquePath(folders.Root, originalName));
            throw;
        }
        var target = UniquePath(folders.Failed, originalName);
        File.Move(claimed, target);
        var record = new { file = originalName, reason, detail, submissionId, failedAt = DateTimeOffset.UtcNow };
        await File.WriteAllTextAsync(target + ".reason.json", JsonSerializer.Serialize(record), cancellationToken);
        logger.LogWarning("Inbox file {File} failed: {Reason}", originalName, reason);
    }

    private static Guid DropMessageId(string name, byte[] content, DateTime lastWriteUtc) =>
        ArticleIdentity.NameBased($"{name}\n{ArticleIdentity.SubmissionId(content)}\n{lastWriteUtc.Ticks}");

    /// <summary>Claims made by a process of this host that no longer runs go back to the inbox to be claimed again.</summary>
    private void RecoverAbandonedClaims(InboxFolders folders)
    {
        foreach (var path in Directory.EnumerateFiles(folders.Processing))
        {
            if (InboxFolders.ParseClaim(Path.GetFileName(path)) is not { } claim
                || claim.Host != Environment.MachineName
                || (claim.ProcessId != Environment.ProcessId && IsAlive(claim.ProcessId)))
            {
                continue;
            }
            var back = UniquePath(folders.Root, claim.OriginalName);
            File.Move(path, back);
            logger.LogWarning("Recovered abandoned claim {File} from process {Pid}", claim.OriginalName, claim.ProcessId);
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string UniquePath(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        for (var i = 1; File.Exists(path); i++)
        {
            path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}.{i}{Path.GetExtension(name)}");
        }
        return path;
    }
}
