namespace Platform.Ingest.Channels;

/// <summary>
/// Which claims in <c>processing/</c> a replica may take back. A claim is taken back when both hold:
/// <list type="number">
/// <item>its recorded lease has expired on this replica's wall clock (or lies implausibly far ahead, see below), and</item>
/// <item>this replica has seen the claim under the same name for at least one lease length on its own monotonic clock.</item>
/// </list>
/// A live owner renames its claim with a new expiry every third of a lease, so (2) never holds for it, whatever the
/// clocks say: a clock that runs behind cannot make a replica take a live claim. A dead owner's claim is taken one lease
/// after its last renewal (later only by how far its clock ran ahead). An expiry more than <see cref="ClockSkewAllowance"/>
/// past one lease from when this replica first saw the claim is not believed, so no recorded time keeps a file in
/// <c>processing/</c> for good.
/// </summary>
public sealed class InboxLeaseRule(TimeSpan lease)
{
    /// <summary>How far ahead of this replica's clock another replica's clock may run before its leases stop being believed.</summary>
    public static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, TimeSpan> _firstSeen = new(StringComparer.Ordinal);

    public TimeSpan Lease => lease;

    /// <summary>How often an owner renews: three renewals fit in one lease, so one late renewal loses nothing.</summary>
    public TimeSpan RenewEvery => lease / 3;

    /// <summary>Records one observation of the claim named <paramref name="fileName"/>; true when it may be taken back now.</summary>
    public bool MayTakeBack(string fileName, DateTimeOffset wallNow, TimeSpan monotonicNow)
    {
        if (!_firstSeen.TryGetValue(fileName, out var since))
        {
            _firstSeen[fileName] = since = monotonicNow;
        }
        var unchangedFor = monotonicNow - since;
        if (unchangedFor < lease)
        {
            return false;
        }
        var claim = InboxClaimName.Read(fileName);
        return claim.Expiry <= wallNow || unchangedFor >= lease + ClockSkewAllowance;
    }

    /// <summary>Drops what is known of names no longer in <c>processing/</c>.</summary>
    public void KeepOnly(IReadOnlySet<string> present)
    {
        foreach (var gone in _firstSeen.Keys.Where(name => !present.Contains(name)).ToList())
        {
            _firstSeen.Remove(gone);
        }
    }
}
