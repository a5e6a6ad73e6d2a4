using Platform.Contracts;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Ingest.Intake;
using Platform.Messaging;

namespace Platform.Ingest.Channels;

/// <summary>
/// Watches the inbox folder. Several replicas may watch one folder: a file is claimed by atomic rename, handed to the intake
/// (sent straight to <c>ingest-files</c>, confirmed by the broker), then moved to <c>processed/</c>; a file the intake refuses
/// (a symlink, too large, unreadable) goes to <c>failed/</c> with a JSON reason and a recorded rejection. Claims left by a dead
/// process on this host are taken back on start. Works on any transport, the in-memory one included.
/// </summary>
public sealed class InboxWatcher(
    InboxSettings inbox,
    ArticleIntake intake,
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
                await SweepAsync(folders, stoppingToken);
                await Task.Delay(inbox.PollMilliseconds, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Inbox watcher cannot hand files to the pipeline ({Message}); retrying", ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private async Task SweepAsync(InboxFolders folders, CancellationToken cancellationToken)
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
            await HandleClaimedAsync(folders, claimed, name, cancellationToken);
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

    private async Task HandleClaimedAsync(InboxFolders folders, string claimed, string originalName, CancellationToken cancellationToken)
    {
        var info = new FileInfo(claimed);
        IntakeReceipt receipt;
        try
        {
            // The same claimed file keeps its correlation id if it must be sent again after a crash, so storage sees a redelivery.
            receipt = info.LinkTarget is not null
                ? await intake.RefuseAsync(ArticleIntake.SubmissionIdOfUnreadable(Path.Combine(folders.Failed, originalName)), originalName,
                    RejectionReasons.SymlinkRefused, "Symbolic links are not read from the inbox: drop the file itself.", cancellationToken)
                : await intake.SubmitFileAsync(claimed, originalName, "inbox", $"{originalName}\n{info.LastWriteTimeUtc.Ticks}", cancellationToken);
        }
        catch
        {
            // Not confirmed by the broker: give the claim back so this or another replica hands it in once the broker answers.
            File.Move(claimed, UniquePath(folders.Root, originalName));
            throw;
        }
        if (receipt.RejectedAtIntake)
        {
            // The rejection is recorded first: a file is only filed under failed/ once its outcome is on its way to storage.
            var target = UniquePath(folders.Failed, originalName);
            File.Move(claimed, target);
            var record = new { file = originalName, reason = receipt.RejectionReason, detail = receipt.Detail, submissionId = receipt.SubmissionId, failedAt = DateTimeOffset.UtcNow };
            await File.WriteAllTextAsync(target + ".reason.json", JsonSerializer.Serialize(record), cancellationToken);
            logger.LogWarning("Inbox file {File} failed: {Reason}", originalName, receipt.RejectionReason);
            return;
        }
        File.Move(claimed, UniquePath(folders.Processed, originalName));
        logger.LogInformation("Inbox file {File} sent to '{Queue}'", originalName, QueueNames.IngestFiles);
    }

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
