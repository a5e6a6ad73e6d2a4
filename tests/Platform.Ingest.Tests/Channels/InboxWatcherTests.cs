using System.Text;
using Platform.Contracts;
using Platform.Ingest.Channels;
using static Platform.Ingest.Tests.Channels.WatchedInbox;

namespace Platform.Ingest.Tests.Channels;

/// <summary>The inbox watcher end to end on a real folder: every entry ends with one outcome, none blocks or stays behind.</summary>
public sealed class InboxWatcherTests
{
    private static readonly byte[] Article = Encoding.UTF8.GetBytes(
        "Harbor board approves the eastern quay plan\nPublished: 03 Apr. 2025, 11:15\nThe harbor board approved the plan on Monday.\n");
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_fifo_in_the_inbox_does_not_block_a_file_dropped_after_it_and_is_recorded_as_rejected()
    {
        await using var inbox = await StartAsync();
        SpecialEntries.Fifo(inbox.PathOf("a-pipe"));
        await File.WriteAllBytesAsync(inbox.PathOf("b-story.txt"), Article);

        Assert.True(await EventuallyAsync(() => inbox.Sent.Any(f => f.FileName == "b-story.txt"), Patience),
            "the file dropped after the FIFO was never sent: the watcher is stuck");
        Assert.True(await EventuallyAsync(() => inbox.Rejected.Count == 1, Patience));
        var rejection = inbox.Rejected.Single();
        Assert.Equal(RejectionReasons.NotARegularFile, rejection.Reason);
        Assert.Equal("a-pipe", rejection.FileName);
        Assert.Contains("FIFO", rejection.Detail);
        Assert.True(await EventuallyAsync(() => Names(inbox.Folders.Failed).SequenceEqual(["a-pipe", "a-pipe.reason.json"]), Patience));
        Assert.Equal(InboxEntryKind.Fifo, InboxEntryKinds.Of(Path.Combine(inbox.Folders.Failed, "a-pipe")));
        Assert.True(await EventuallyAsync(() => Names(inbox.Folders.Processed).SequenceEqual(["b-story.txt"]), Patience));
    }

    [Fact]
    public async Task Directories_sockets_and_symbolic_links_are_refused_with_a_reason_and_moved_out_of_the_inbox()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"platform-inbox-target-{Guid.NewGuid():N}.txt");
        System.Net.Sockets.Socket? socket = null;
        await File.WriteAllBytesAsync(outside, Article);
        try
        {
            await using var inbox = await StartAsync(prepare: folders =>
            {
                Directory.CreateDirectory(Path.Combine(folders.Root, "a-folder"));
                File.WriteAllBytes(Path.Combine(folders.Root, "a-folder", "inside.txt"), Article);
                socket = SpecialEntries.Socket(Path.Combine(folders.Root, "b-socket"));
                File.CreateSymbolicLink(Path.Combine(folders.Root, "c-link.txt"), outside);
            });

            Assert.True(await EventuallyAsync(() => inbox.Rejected.Count == 3, Patience), $"rejections: {inbox.Rejected.Count}");
            var reasons = inbox.Rejected.ToDictionary(r => r.FileName!, r => (r.Reason, r.Detail));
            Assert.Equal(RejectionReasons.NotARegularFile, reasons["a-folder"].Reason);
            Assert.Contains("a directory", reasons["a-folder"].Detail);
            Assert.Equal(RejectionReasons.NotARegularFile, reasons["b-socket"].Reason);
            Assert.Contains("a socket", reasons["b-socket"].Detail);
            Assert.Equal(RejectionReasons.SymlinkRefused, reasons["c-link.txt"].Reason);
            Assert.True(await EventuallyAsync(() => Names(inbox.Folders.Failed).Length == 6, Patience));
            Assert.Equal(["failed", "processed", "processing"], Names(inbox.Root));
            Assert.Empty(Names(inbox.Folders.Processing));
            Assert.Empty(inbox.Sent); // neither the folder's content nor the link's target was read
        }
        finally
        {
            socket?.Dispose();
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task A_claim_whose_lease_expired_is_taken_back_from_another_host_while_the_watcher_runs()
    {
        await using var inbox = await StartAsync(settings => settings.ClaimLeaseSeconds = 1);
        await Task.Delay(500); // well past start-up: the take-back is periodic, not a start-up step
        var abandoned = InboxClaimName.Create("other-host.4242.a1b2c3", DateTimeOffset.UtcNow.AddMinutes(-5), "left-behind.txt");
        await File.WriteAllBytesAsync(Path.Combine(inbox.Folders.Processing, abandoned.FileName), Article);

        Assert.True(await EventuallyAsync(() => inbox.Sent.Any(f => f.FileName == "left-behind.txt"), Patience),
            "the expired claim of another host was never taken back");
        Assert.Equal(Article, inbox.Sent.Single().Content);
        Assert.True(await EventuallyAsync(() => Names(inbox.Folders.Processed).SequenceEqual(["left-behind.txt"]), Patience));
        Assert.Empty(Names(inbox.Folders.Processing));
    }

    [Fact]
    public async Task A_claim_with_a_live_lease_is_left_to_its_owner()
    {
        var live = InboxClaimName.Create("other-host.4242.a1b2c3", DateTimeOffset.UtcNow.AddMinutes(10), "in-hand.txt");
        var expired = InboxClaimName.Create("other-host.4242.a1b2c3", DateTimeOffset.UtcNow.AddMinutes(-5), "expired.txt");
        await using var inbox = await StartAsync(settings => settings.ClaimLeaseSeconds = 1, folders =>
        {
            File.WriteAllBytes(Path.Combine(folders.Processing, live.FileName), Article);
            File.WriteAllBytes(Path.Combine(folders.Processing, expired.FileName), Encoding.UTF8.GetBytes("another file"));
        });

        // The expired claim beside it shows the take-back pass has run; it then gets several more leases' time.
        Assert.True(await EventuallyAsync(() => inbox.Sent.Any(f => f.FileName == "expired.txt"), Patience));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.DoesNotContain(inbox.Sent, f => f.FileName == "in-hand.txt");
        Assert.Equal([live.FileName], Names(inbox.Folders.Processing));
    }

    [Fact]
    public async Task A_file_stamped_a_day_in_the_future_is_processed()
    {
        await using var inbox = await StartAsync();
        var path = inbox.PathOf("from-the-future.txt");
        await File.WriteAllBytesAsync(path, Article);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(1));

        Assert.True(await EventuallyAsync(() => inbox.Sent.Any(f => f.FileName == "from-the-future.txt"), Patience),
            "a file with a modification time in the future never settled");
        Assert.True(await EventuallyAsync(() => Names(inbox.Folders.Processed).SequenceEqual(["from-the-future.txt"]), Patience));
    }

    [Fact]
    public async Task A_file_written_in_two_halves_with_a_two_second_pause_is_claimed_only_once_complete()
    {
        // The default settle window, as deployed.
        await using var inbox = await StartAsync(settings => settings.SettleMilliseconds = new InboxSettings().SettleMilliseconds);
        var half = Article.Length / 2;
        await using (var writer = new FileStream(inbox.PathOf("slow-writer.txt"), FileMode.CreateNew, FileAccess.Write,
            FileShare.ReadWrite | FileShare.Delete))
        {
            await writer.WriteAsync(Article.AsMemory(0, half));
            await writer.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            await writer.WriteAsync(Article.AsMemory(half));
            await writer.FlushAsync();
        }

        Assert.True(await EventuallyAsync(() => inbox.Sent.Count > 0, Patience));
        await Task.Delay(500);
        var sent = Assert.Single(inbox.Sent);
        Assert.Equal(Encoding.UTF8.GetString(Article), Encoding.UTF8.GetString(sent.Content));
    }

    [Theory]
    [InlineData("story.txt.part")]
    [InlineData("story.txt.tmp")]
    [InlineData(".story.txt")]
    public async Task A_file_under_a_temporary_name_is_ignored_until_renamed(string temporaryName)
    {
        await using var inbox = await StartAsync();
        await File.WriteAllBytesAsync(inbox.PathOf(temporaryName), Article);

        await Task.Delay(TimeSpan.FromSeconds(2)); // several settle windows and polls
        Assert.Empty(inbox.Sent);
        Assert.Empty(inbox.Rejected);
        Assert.True(File.Exists(inbox.PathOf(temporaryName)));

        File.Move(inbox.PathOf(temporaryName), inbox.PathOf("story.txt"));
        Assert.True(await EventuallyAsync(() => inbox.Sent.Any(f => f.FileName == "story.txt"), Patience));
        Assert.Equal(Article, inbox.Sent.Single().Content);
    }
}
