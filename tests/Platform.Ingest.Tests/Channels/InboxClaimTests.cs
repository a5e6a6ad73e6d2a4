using Platform.Ingest.Channels;

namespace Platform.Ingest.Tests.Channels;

/// <summary>A held claim: renewed while work goes on, and the work stops when another replica took the claim back.</summary>
public sealed class InboxClaimTests : IDisposable
{
    private readonly InboxFolders _folders = new(Directory.CreateTempSubdirectory("platform-claim-").FullName);
    private readonly InboxLeaseRule _lease = new(TimeSpan.FromSeconds(1.5));

    public InboxClaimTests() => _folders.Create();

    private InboxClaim Claim(string name)
    {
        var source = Path.Combine(_folders.Root, name);
        File.WriteAllText(source, "text");
        return InboxClaim.TryTake(_folders, source, name, InboxEntryKind.RegularFile, "host-a.1.aaaaaa", _lease, TimeProvider.System)
            ?? throw new InvalidOperationException("not claimed");
    }

    [Fact]
    public async Task The_owner_renews_the_lease_while_it_works()
    {
        var claim = Claim("story.txt");
        var firstExpiry = InboxClaimName.Read(Path.GetFileName(claim.CurrentPath)).Expiry;

        await claim.RenewWhileAsync(async token =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1.2), token);
            return 0;
        }, CancellationToken.None);

        var renewed = InboxClaimName.Read(Path.GetFileName(claim.CurrentPath));
        Assert.True(renewed.Expiry > firstExpiry, $"{renewed.Expiry:O} is not after {firstExpiry:O}");
        Assert.Equal("host-a.1.aaaaaa", renewed.Owner);
        Assert.Equal([Path.GetFileName(claim.CurrentPath)], Directory.GetFiles(_folders.Processing).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Work_on_a_claim_another_replica_took_back_is_cancelled_and_the_entry_is_not_filed()
    {
        var claim = Claim("story.txt");
        // Another replica takes the claim back (as if this one had stalled past its lease).
        var taken = InboxClaim.TryTake(_folders, claim.CurrentPath, claim.OriginalName, InboxEntryKind.RegularFile, "host-b.2.bbbbbb",
            _lease, TimeProvider.System);
        Assert.NotNull(taken);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => claim.RenewWhileAsync(async token =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), token);
            return 0;
        }, CancellationToken.None));
        Assert.False(claim.IsHeld);
        Assert.Null(claim.TryMoveTo(_folders.Processed));
        Assert.Equal("host-b.2.bbbbbb", InboxClaimName.Read(Path.GetFileName(taken.CurrentPath)).Owner);
        Assert.True(File.Exists(taken.CurrentPath));
    }

    [Fact]
    public void A_released_claim_carries_an_expired_lease()
    {
        var claim = Claim("story.txt");

        claim.Release();

        var left = Assert.Single(Directory.GetFiles(_folders.Processing));
        Assert.True(InboxClaimName.Read(Path.GetFileName(left)).Expiry < DateTimeOffset.UtcNow);
        Assert.False(claim.IsHeld);
    }

    public void Dispose() => Directory.Delete(_folders.Root, recursive: true);
}
