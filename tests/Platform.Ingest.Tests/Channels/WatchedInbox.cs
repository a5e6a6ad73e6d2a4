using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Contracts;
using Platform.Ingest.Channels;
using Platform.Ingest.Decoding;
using Platform.Ingest.Intake;

namespace Platform.Ingest.Tests.Channels;

/// <summary>
/// An <see cref="InboxWatcher"/> over a fresh temporary folder, handing files to the real intake on MassTransit's in-memory
/// test harness: what it sent to <c>ingest-files</c> and which rejections it published can be read back.
/// </summary>
internal sealed class WatchedInbox : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly ITestHarness _harness;
    private readonly InboxWatcher _watcher;

    private WatchedInbox(ServiceProvider provider, ITestHarness harness, InboxWatcher watcher, InboxFolders folders)
    {
        _provider = provider;
        _harness = harness;
        _watcher = watcher;
        Folders = folders;
    }

    public InboxFolders Folders { get; }

    public string Root => Folders.Root;

    /// <summary>Starts watching; <paramref name="prepare"/> may put entries in place before the first sweep.</summary>
    public static async Task<WatchedInbox> StartAsync(Action<InboxSettings>? configure = null, Action<InboxFolders>? prepare = null)
    {
        var folders = new InboxFolders(Directory.CreateTempSubdirectory("platform-inbox-test-").FullName);
        folders.Create();
        prepare?.Invoke(folders);
        var settings = new InboxSettings { Path = folders.Root, PollMilliseconds = 100, SettleMilliseconds = 300, ClaimLeaseSeconds = 30 };
        configure?.Invoke(settings);

        var provider = new ServiceCollection()
            .AddLogging()
            .AddMassTransitTestHarness(x => x.DisableUsageTelemetry())
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var intake = new ArticleIntake(new IngestOptions(), harness.Bus);
        var watcher = new InboxWatcher(settings, intake, TimeProvider.System, NullLogger<InboxWatcher>.Instance);
        await watcher.StartAsync(CancellationToken.None);
        return new WatchedInbox(provider, harness, watcher, folders);
    }

    /// <summary>The files sent to be decoded so far.</summary>
    public IReadOnlyList<IngestArticleFile> Sent =>
        [.. _harness.Sent.Select<IngestArticleFile>(new CancellationToken(canceled: true)).Select(m => m.Context.Message)];

    /// <summary>The rejections recorded so far.</summary>
    public IReadOnlyList<ArticleRejected> Rejected =>
        [.. _harness.Published.Select<ArticleRejected>(new CancellationToken(canceled: true)).Select(m => m.Context.Message)];

    public string PathOf(string name) => Path.Combine(Root, name);

    public static string[] Names(string folder) => [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order()!];

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds; false when it never did.</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            await Task.Delay(50);
        }
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        // Bounded: a watcher stuck in a blocking open (the bug these tests guard against) must not hang the test run.
        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _watcher.StopAsync(stopping.Token);
        }
        _watcher.Dispose();
        await _harness.Stop();
        await _provider.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
