using Platform.Ingest.Channels;

namespace Platform.Ingest.Tests.Channels;

/// <summary>A claim's owner on this same host is known dead when its process is gone; other hosts are left to their leases.</summary>
public sealed class InboxOwnerLivenessTests
{
    private static readonly string Me = InboxClaimName.OwnerOf("ingest-a.example", Environment.ProcessId, "aa11bb");

    [Fact]
    public void An_owner_on_this_host_whose_process_is_gone_is_dead()
    {
        var gone = InboxClaimName.OwnerOf("ingest-a.example", int.MaxValue - 7, "cc22dd");
        Assert.True(InboxOwnerLiveness.IsDeadOnThisHost(gone, Me));
    }

    [Fact]
    public void An_earlier_incarnation_with_this_process_id_is_dead_but_this_process_is_not()
    {
        Assert.True(InboxOwnerLiveness.IsDeadOnThisHost(InboxClaimName.OwnerOf("ingest-a.example", Environment.ProcessId, "ee33ff"), Me));
        Assert.False(InboxOwnerLiveness.IsDeadOnThisHost(Me, Me));
    }

    [Fact]
    public void An_owner_on_this_host_whose_process_runs_is_alive()
    {
        using var other = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        try
        {
            Assert.False(InboxOwnerLiveness.IsDeadOnThisHost(InboxClaimName.OwnerOf("ingest-a.example", other.Id, "cc22dd"), Me));
        }
        finally
        {
            other.Kill();
        }
    }

    [Fact]
    public void An_owner_on_another_host_is_never_judged_here()
    {
        Assert.False(InboxOwnerLiveness.IsDeadOnThisHost(InboxClaimName.OwnerOf("ingest-b.example", int.MaxValue - 7, "cc22dd"), Me));
        Assert.False(InboxOwnerLiveness.IsDeadOnThisHost("hand-made-name", Me));
    }
}
