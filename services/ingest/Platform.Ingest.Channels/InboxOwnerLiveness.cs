using System.Diagnostics;

namespace Platform.Ingest.Channels;

/// <summary>
/// Whether a claim's owner is known to be dead without waiting for its lease: an owner on this same host (same host
/// name) whose process no longer runs, or an earlier incarnation with this very process id (a restarted container's
/// process 1) but another instance tag. Owners on other hosts are never judged here: their leases decide.
/// </summary>
public static class InboxOwnerLiveness
{
    public static bool IsDeadOnThisHost(string owner, string thisOwner)
    {
        if (!TryParse(owner, out var host, out var pid, out var instance)
            || !TryParse(thisOwner, out var thisHost, out var thisPid, out var thisInstance)
            || !string.Equals(host, thisHost, StringComparison.Ordinal))
        {
            return false;
        }
        if (pid == thisPid)
        {
            return !string.Equals(instance, thisInstance, StringComparison.Ordinal);
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    /// <summary>Reads "{host}.{pid}.{instance}" (the host may hold dots) as written by <see cref="InboxClaimName.OwnerOf"/>.</summary>
    private static bool TryParse(string owner, out string host, out int pid, out string instance)
    {
        host = instance = "";
        pid = 0;
        var last = owner.LastIndexOf('.');
        if (last <= 0)
        {
            return false;
        }
        var before = owner.LastIndexOf('.', last - 1);
        if (before <= 0 || !int.TryParse(owner.AsSpan(before + 1, last - before - 1), out pid))
        {
            return false;
        }
        host = owner[..before];
        instance = owner[(last + 1)..];
        return true;
    }
}
