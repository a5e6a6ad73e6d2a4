using Platform.Ingest.Channels;

namespace Platform.Ingest.Tests.Channels;

/// <summary>The inbox's pure rules: when a file has settled, when a claim may be taken back, what a claim's name says.</summary>
public sealed class InboxRulesTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset WallNow = new(2025, 4, 3, 11, 15, 0, TimeSpan.Zero);

    [Fact]
    public void A_file_settles_once_unchanged_for_the_window_on_the_watchers_clock_whatever_its_time_stamp()
    {
        var rule = new InboxSettleRule(Window);
        var future = DateTime.UtcNow.AddDays(1);

        Assert.False(rule.IsSettled("a.txt", 10, future, TimeSpan.FromSeconds(0)));
        Assert.False(rule.IsSettled("a.txt", 10, future, TimeSpan.FromSeconds(2.9)));
        Assert.True(rule.IsSettled("a.txt", 10, future, TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public void A_change_in_size_or_time_stamp_starts_the_window_again()
    {
        var rule = new InboxSettleRule(Window);
        var stamp = new DateTime(2025, 4, 3, 0, 0, 0, DateTimeKind.Utc);

        rule.IsSettled("a.txt", 10, stamp, TimeSpan.FromSeconds(0));
        Assert.False(rule.IsSettled("a.txt", 20, stamp, TimeSpan.FromSeconds(2)));
        Assert.False(rule.IsSettled("a.txt", 20, stamp.AddSeconds(1), TimeSpan.FromSeconds(4)));
        Assert.False(rule.IsSettled("a.txt", 20, stamp.AddSeconds(1), TimeSpan.FromSeconds(6.9)));
        Assert.True(rule.IsSettled("a.txt", 20, stamp.AddSeconds(1), TimeSpan.FromSeconds(7)));
    }

    [Fact]
    public void An_expired_claim_is_taken_back_only_after_it_was_seen_unrenewed_for_a_lease()
    {
        var rule = new InboxLeaseRule(Lease);
        var name = InboxClaimName.Create("host-b.7.ffffff", WallNow.AddMinutes(-1), "a.txt").FileName;

        Assert.False(rule.MayTakeBack(name, WallNow, TimeSpan.FromSeconds(100)));
        Assert.False(rule.MayTakeBack(name, WallNow, TimeSpan.FromSeconds(129)));
        Assert.True(rule.MayTakeBack(name, WallNow, TimeSpan.FromSeconds(130)));
    }

    [Fact]
    public void A_claim_whose_owner_renews_it_is_never_taken_back_even_by_a_replica_whose_clock_runs_ahead()
    {
        var rule = new InboxLeaseRule(Lease);
        var farAhead = WallNow.AddHours(1); // this replica's clock: every recorded expiry looks past
        for (var second = 0; second <= 300; second += 10)
        {
            var renewed = InboxClaimName.Create("host-b.7.ffffff", WallNow.AddSeconds(second) + Lease, "a.txt").FileName;
            Assert.False(rule.MayTakeBack(renewed, farAhead, TimeSpan.FromSeconds(second)));
        }
    }

    [Fact]
    public void A_live_lease_is_respected_but_an_expiry_implausibly_far_ahead_is_not_believed_for_ever()
    {
        var rule = new InboxLeaseRule(Lease);
        var name = InboxClaimName.Create("host-b.7.ffffff", WallNow.AddYears(1), "a.txt").FileName;

        Assert.False(rule.MayTakeBack(name, WallNow, TimeSpan.Zero));
        Assert.False(rule.MayTakeBack(name, WallNow, Lease + TimeSpan.FromSeconds(1)));
        Assert.True(rule.MayTakeBack(name, WallNow, Lease + InboxLeaseRule.ClockSkewAllowance));
    }

    [Fact]
    public void A_claim_name_reads_back_its_owner_expiry_and_original_name()
    {
        var expiry = DateTimeOffset.FromUnixTimeMilliseconds(1_743_678_900_123);
        var name = InboxClaimName.Create(InboxClaimName.OwnerOf("ingest_7f:x", 1, "0a0b0c"), expiry, "my__story.txt");

        var read = InboxClaimName.Read(name.FileName);

        Assert.Equal("ingest-7f-x.1.0a0b0c", read.Owner);
        Assert.Equal(expiry, read.Expiry);
        Assert.Equal("my__story.txt", read.OriginalName);
    }

    [Theory]
    [InlineData("oldhost.123__story.txt", "story.txt")]
    [InlineData("dropped-here-by-hand.txt", "dropped-here-by-hand.txt")]
    public void A_name_without_a_lease_reads_as_an_expired_claim(string fileName, string originalName)
    {
        var read = InboxClaimName.Read(fileName);

        Assert.Equal(originalName, read.OriginalName);
        Assert.True(read.Expiry < WallNow);
    }

    [Fact]
    public void A_long_name_is_shortened_to_fit_a_file_name_keeping_its_extension()
    {
        var original = new string('한', 84) + ".txt"; // 256 bytes in UTF-8

        var name = InboxClaimName.Create("host.1.abcdef", WallNow, original);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(name.FileName) <= 255);
        Assert.EndsWith(".txt", name.OriginalName);
        Assert.StartsWith("한한한", name.OriginalName);
        Assert.Equal(name.OriginalName, InboxClaimName.Read(name.FileName).OriginalName);
    }

    [Theory]
    [InlineData("story.txt", false)]
    [InlineData("story.part", true)]
    [InlineData("story.TMP", true)]
    [InlineData("story.txt.partial", true)]
    [InlineData("story.filepart", true)]
    [InlineData(".story.txt", true)]
    [InlineData("partial-results.txt", false)]
    public void Temporary_names_are_dot_files_and_part_or_tmp_endings(string name, bool temporary) =>
        Assert.Equal(temporary, InboxTemporaryNames.IsTemporary(name));
}
