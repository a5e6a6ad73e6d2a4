namespace Platform.Ingest.Channels;

/// <summary>
/// One entry this replica holds in <c>processing/</c>. Its lease is renewed by renaming it with a new expiry while work goes
/// on; a renewal that finds the name gone means another replica took the claim back (this one stalled for a whole lease),
/// and the work is cancelled. Every use of the current name (open, renew, move, release) is serialised, so a renewal
/// never pulls the name from under an open.
/// </summary>
public sealed class InboxClaim
{
    private readonly Lock _gate = new();
    private readonly InboxFolders _folders;
    private readonly InboxLeaseRule _lease;
    private readonly TimeProvider _clock;
    private InboxClaimName _name;
    private bool _held = true;

    private InboxClaim(InboxFolders folders, InboxClaimName name, InboxEntryKind kind, InboxLeaseRule lease, TimeProvider clock)
    {
        _folders = folders;
        _name = name;
        Kind = kind;
        _lease = lease;
        _clock = clock;
    }

    /// <summary>The name the entry was dropped under (shortened only if the claim name would not fit).</summary>
    public string OriginalName => _name.OriginalName;

    /// <summary>What the entry is, as seen when it was claimed (a rename does not change it).</summary>
    public InboxEntryKind Kind { get; }

    public string CurrentPath
    {
        get
        {
            lock (_gate)
            {
                return PathOf(_name);
            }
        }
    }

    /// <summary>
    /// Claims <paramref name="source"/> (an inbox entry, or another owner's claim being taken back) by renaming it into
    /// <c>processing/</c> under <paramref name="owner"/>'s name and a fresh lease. Null when it is gone: another replica won.
    /// The claim's <see cref="Kind"/> is read from the claimed name, after the rename, so what is handled is what was claimed.
    /// </summary>
    public static InboxClaim? TryTake(InboxFolders folders, string source, string originalName, InboxEntryKind kindBefore, string owner,
        InboxLeaseRule lease, TimeProvider clock)
    {
        var name = InboxClaimName.Create(owner, clock.GetUtcNow() + lease.Lease, originalName);
        var path = Path.Combine(folders.Processing, name.FileName);
        try
        {
            InboxFolders.Rename(source, path, kindBefore);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        var kind = InboxEntryKinds.Of(path);
        return kind == InboxEntryKind.Missing ? null : new InboxClaim(folders, name, kind, lease, clock);
    }

    /// <summary>False once the entry is no longer this replica's: taken back by another replica, released, or filed.</summary>
    public bool IsHeld
    {
        get
        {
            lock (_gate)
            {
                return _held;
            }
        }
    }

    /// <summary>Opens the claimed file for reading (a regular file only: the caller checked the kind).</summary>
    public FileStream OpenRead()
    {
        lock (_gate)
        {
            if (!_held)
            {
                throw new OperationCanceledException($"The claim on {_name.OriginalName} is no longer held.");
            }
            return new FileStream(PathOf(_name), FileMode.Open, FileAccess.Read, FileShare.Read);
        }
    }

    /// <summary>Runs <paramref name="work"/> while renewing the lease every third of it; the work's token is cancelled if a renewal fails.</summary>
    public async Task<T> RenewWhileAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var workToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var finished = new CancellationTokenSource();
        var renewals = RenewUntilAsync(workToken, finished.Token);
        try
        {
            return await work(workToken.Token);
        }
        finally
        {
            await finished.CancelAsync();
            await renewals;
        }
    }

    /// <summary>Pushes the lease one lease length ahead. False when the claim is no longer this replica's.</summary>
    public bool TryRenew()
    {
        lock (_gate)
        {
            if (!_held)
            {
                return false;
            }
            var renewed = _name with { Expiry = _clock.GetUtcNow() + _lease.Lease };
            if (TryRenameLocked(PathOf(renewed)))
            {
                _name = renewed;
            }
            return _held;
        }
    }

    /// <summary>Moves the entry out of <c>processing/</c> into <paramref name="folder"/> (under its original name, made unique).</summary>
    /// <returns>The new path, or null when the claim was lost and the entry is another replica's now.</returns>
    public string? TryMoveTo(string folder)
    {
        lock (_gate)
        {
            for (var attempt = 1; ; attempt++)
            {
                if (!_held)
                {
                    return null;
                }
                var target = InboxFolders.UniquePath(folder, _name.OriginalName);
                try
                {
                    if (!TryRenameLocked(target))
                    {
                        return null;
                    }
                    _held = false; // filed: no longer in processing/
                    return target;
                }
                catch (IOException) when (attempt < 3)
                {
                    // Another replica filed a same-named entry there between the look and the rename: pick the next name.
                }
            }
        }
    }

    /// <summary>Gives the claim up with an expired lease, so any replica (this one too) takes it back after one lease.</summary>
    public void Release()
    {
        lock (_gate)
        {
            var released = _name with { Expiry = DateTimeOffset.UnixEpoch };
            try
            {
                if (_held && TryRenameLocked(PathOf(released)))
                {
                    _name = released;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Not released: its lease runs out on its own.
            }
            _held = false; // no longer this replica's to use
        }
    }

    private async Task RenewUntilAsync(CancellationTokenSource workToken, CancellationToken finished)
    {
        using var timer = new PeriodicTimer(_lease.RenewEvery, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(finished))
            {
                bool renewed;
                try
                {
                    renewed = TryRenew();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    renewed = false; // cannot tell whether the lease holds: stop rather than risk working beside a taker
                }
                if (!renewed)
                {
                    await workToken.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the work finished
        }
    }

    /// <summary>Renames the claimed entry; false (and no longer held) when its name is gone, i.e. another replica took it.</summary>
    private bool TryRenameLocked(string target)
    {
        try
        {
            InboxFolders.Rename(PathOf(_name), target, Kind);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (InboxEntryKinds.Of(PathOf(_name)) != InboxEntryKind.Missing)
            {
                throw;
            }
            _held = false;
            return false;
        }
    }

    private string PathOf(InboxClaimName name) => Path.Combine(_folders.Processing, name.FileName);
}
