using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Ingest.Intake;
using Platform.Messaging;

namespace Platform.Ingest.Channels;

/// <summary>
/// Watches the inbox folder. Several replicas may watch one folder; each entry ends with exactly one outcome:
/// <list type="bullet">
/// <item>A regular file is claimed once it has settled (<see cref="InboxSettleRule"/>), by atomic rename into
/// <c>processing/</c> under a lease (<see cref="InboxClaimName"/>) that is renewed while the file is read and sent straight
/// to <c>ingest-files</c> (confirmed by the broker), then moved to <c>processed/</c>. A file the intake refuses (too large,
/// unreadable) goes to <c>failed/</c> with a JSON reason and a recorded rejection.</item>
/// <item>Anything else (a symbolic link, a directory, a FIFO, a socket, a device) is told apart with <c>lstat</c> before
/// anything opens it, claimed the same way, recorded as a rejection and moved to <c>failed/</c>. An entry that cannot even
/// be renamed is logged once and left alone.</item>
/// <item>Temporary names (dot-files, <c>*.part</c>, <c>*.tmp</c>, ...) are never touched: writers rename when done.</item>
/// <item>Every sweep, any replica takes back claims whose lease expired (<see cref="InboxLeaseRule"/>) and handles them as
/// its own, so a crashed replica's file is not left in <c>processing/</c>.</item>
/// </list>
/// Works on any transport, the in-memory one included.
/// </summary>
public sealed class InboxWatcher(
    InboxSettings inbox,
    ArticleIntake intake,
    TimeProvider clock,
    ILogger<InboxWatcher> logger) : BackgroundService
{
    private const string Channel = "inbox";

    private readonly string _owner = InboxClaimName.OwnerOf(Environment.MachineName, Environment.ProcessId,
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3)));
    private readonly long _startedAt = clock.GetTimestamp();
    private readonly InboxSettleRule _settle = new(TimeSpan.FromMilliseconds(Math.Max(0, inbox.SettleMilliseconds)));
    private readonly InboxLeaseRule _lease = new(TimeSpan.FromSeconds(Math.Max(1, inbox.ClaimLeaseSeconds)));
    private readonly HashSet<string> _cannotMove = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(inbox.Path))
        {
            logger.LogInformation("No inbox folder configured (Inbox__Path); not watching one");
            return;
        }
        var folders = new InboxFolders(Path.GetFullPath(inbox.Path));
        folders.Create();
        logger.LogInformation("Watching inbox {Inbox} as {Owner} (settle {Settle}, claim lease {Lease})",
            folders.Root, _owner, _settle.Window, _lease.Lease);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TakeBackExpiredClaimsAsync(folders, stoppingToken);
                await ClaimSettledEntriesAsync(folders, stoppingToken);
                await Task.Delay(TimeSpan.FromMilliseconds(inbox.PollMilliseconds), clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Inbox watcher cannot hand files to the pipeline ({Message}); retrying", ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), clock, stoppingToken);
            }
        }
    }

    /// <summary>Any replica's claim whose lease ran out (its owner died or stalled) is claimed anew and handled here.</summary>
    private async Task TakeBackExpiredClaimsAsync(InboxFolders folders, CancellationToken cancellationToken)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFileSystemEntries(folders.Processing).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            present.Add(name);
            var previous = InboxClaimName.Read(name);
            // (a dead owner on this host, e.g. this replica before a restart, is not waited for)
            var expired = _lease.MayTakeBack(name, clock.GetUtcNow(), Now());
            if (!expired && !InboxOwnerLiveness.IsDeadOnThisHost(previous.Owner, _owner))
            {
                continue;
            }
            var kind = InboxEntryKinds.Of(path);
            if (kind != InboxEntryKind.RegularFile && _cannotMove.Contains(path))
            {
                continue;
            }
            var claim = TryTake(folders, path, previous.OriginalName, kind);
            if (claim is null)
            {
                continue; // another replica took it back first
            }
            logger.LogWarning("Took back the claim on {File} from {Owner}: {Why}",
                claim.OriginalName, previous.Owner.Length > 0 ? previous.Owner : "(no owner)",
                expired ? $"its lease expired at {previous.Expiry:O}" : "its process on this host is gone");
            await HandleClaimedAsync(folders, claim, cancellationToken);
        }
        _lease.KeepOnly(present);
    }

    private async Task ClaimSettledEntriesAsync(InboxFolders folders, CancellationToken cancellationToken)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFileSystemEntries(folders.Root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (folders.IsOwnFolder(path) || InboxTemporaryNames.IsTemporary(name))
            {
                continue;
            }
            present.Add(name);
            // lstat, never open: a FIFO would block the open until a writer came.
            var kind = InboxEntryKinds.Of(path);
            if (kind == InboxEntryKind.Missing || (kind != InboxEntryKind.RegularFile && _cannotMove.Contains(path))
                || (kind == InboxEntryKind.RegularFile && !IsSettled(name, path)))
            {
                continue;
            }
            var claim = TryTake(folders, path, name, kind);
            _settle.Forget(name);
            if (claim is not null)
            {
                await HandleClaimedAsync(folders, claim, cancellationToken);
            }
        }
        _settle.KeepOnly(present);
        _cannotMove.RemoveWhere(path => InboxEntryKinds.Of(path) == InboxEntryKind.Missing);
    }

    /// <summary>
    /// Claims an entry; null when another replica was first or it cannot be renamed at all. The latter is said once; then
    /// anything but a file is left alone while it stays, and a file is tried again each sweep (the error may pass).
    /// </summary>
    private InboxClaim? TryTake(InboxFolders folders, string path, string originalName, InboxEntryKind kind)
    {
        try
        {
            return InboxClaim.TryTake(folders, path, originalName, kind, _owner, _lease, clock);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (_cannotMove.Add(path))
            {
                logger.LogError("Inbox entry {Entry} ({Kind}) cannot be moved: {Message}", path, InboxEntryKinds.Describe(kind), ex.Message);
            }
            return null;
        }
    }

    private bool IsSettled(string name, string path)
    {
        var info = new FileInfo(path);
        return info.Exists && _settle.IsSettled(name, info.Length, info.LastWriteTimeUtc, Now());
    }

    private async Task HandleClaimedAsync(InboxFolders folders, InboxClaim claim, CancellationToken cancellationToken)
    {
        IntakeReceipt receipt;
        try
        {
            receipt = await claim.RenewWhileAsync(token => SubmitAsync(folders, claim, token), cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !claim.IsHeld)
        {
            logger.LogWarning("Lost the claim on {File}: its lease could not be renewed and another replica took it back", claim.OriginalName);
            return;
        }
        catch
        {
            // Not confirmed by the broker (or returned unroutable, or stopping): give the claim up, so this or another
            // replica hands the file in once the broker answers.
            claim.Release();
            throw;
        }
        if (receipt.RejectedAtIntake)
        {
            // The rejection is recorded first: an entry is only filed under failed/ once its outcome is on its way to storage.
            var failed = claim.TryMoveTo(folders.Failed);
            if (failed is null)
            {
                logger.LogWarning("Lost the claim on {File} before filing it as failed", claim.OriginalName);
                return;
            }
            var record = new { file = claim.OriginalName, reason = receipt.RejectionReason, detail = receipt.Detail, submissionId = receipt.SubmissionId, failedAt = clock.GetUtcNow() };
            await File.WriteAllTextAsync(failed + ".reason.json", JsonSerializer.Serialize(record), cancellationToken);
            logger.LogWarning("Inbox entry {File} failed: {Reason}", claim.OriginalName, receipt.RejectionReason);
            return;
        }
        if (claim.TryMoveTo(folders.Processed) is null)
        {
            logger.LogWarning("Lost the claim on {File} before filing it as processed", claim.OriginalName);
            return;
        }
        logger.LogInformation("Inbox file {File} sent to '{Queue}'", claim.OriginalName, QueueNames.IngestFiles);
    }

    private async Task<IntakeReceipt> SubmitAsync(InboxFolders folders, InboxClaim claim, CancellationToken cancellationToken)
    {
        var refusedId = ArticleIntake.SubmissionIdOfUnreadable(Path.Combine(folders.Failed, claim.OriginalName));
        switch (claim.Kind)
        {
            case InboxEntryKind.RegularFile:
                FileStream file;
                try
                {
                    file = claim.OpenRead();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return await intake.RejectUnreadableAsync(Path.Combine(folders.Root, claim.OriginalName), claim.OriginalName, ex, cancellationToken);
                }
                await using (file)
                {
                    // The same claimed file keeps its correlation id if it must be sent again, so storage sees a redelivery.
                    var redeliveryKey = $"{claim.OriginalName}\n{File.GetLastWriteTimeUtc(file.SafeFileHandle).Ticks}";
                    return await intake.SubmitOpenedFileAsync(file, claim.OriginalName, Channel, redeliveryKey, cancellationToken);
                }
            case InboxEntryKind.SymbolicLink:
                return await intake.RefuseAsync(refusedId, claim.OriginalName, RejectionReasons.SymlinkRefused,
                    "Symbolic links are not read from the inbox: drop the file itself.", cancellationToken);
            default:
                return await intake.RefuseAsync(refusedId, claim.OriginalName, RejectionReasons.NotARegularFile,
                    $"The inbox entry is {InboxEntryKinds.Describe(claim.Kind)}, not a file: only regular files are read from the inbox.",
                    cancellationToken);
        }
    }

    /// <summary>The watcher's own monotonic clock (settling and lease observation never compare file times with it).</summary>
    private TimeSpan Now() => clock.GetElapsedTime(_startedAt);
}
