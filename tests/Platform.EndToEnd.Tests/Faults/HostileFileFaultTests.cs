using System.Diagnostics;
using System.Text;
using Platform.Cli.Benchmarking;
using Xunit.Abstractions;

namespace Platform.EndToEnd.Tests.Faults;

/// <summary>
/// Hostile files through the distributed run (the <c>platform bench</c> hostile kinds, the same shapes under the size cap, a
/// FIFO and a symbolic link in the inbox, a modification time in the future, a slow writer) among ordinary articles: each
/// ends as exactly one outcome within a bounded time, the ordinary ones keep flowing and are stored, no worker crashes.
/// </summary>
[Collection(FaultPlatformCollection.Name)]
[Trait("Category", FaultSuite.Category)]
public sealed class HostileFileFaultTests(FaultPlatform fault, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Ordinary = 40;
    private readonly DistributedPlatform _platform = fault.Platform;
    private readonly FaultReport _report = new(output);
    private readonly DirectoryInfo _outside = Directory.CreateTempSubdirectory("platform-faults-outside-");

    public Task InitializeAsync() => FaultSuite.Enabled ? _platform.Database.ResetAsync() : Task.CompletedTask;

    public Task DisposeAsync()
    {
        _outside.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [FaultFact]
    public async Task Each_hostile_file_ends_as_exactly_one_outcome_while_ordinary_articles_keep_flowing()
    {
        var clock = Stopwatch.StartNew();
        var accounting = new FaultAccounting(_platform);
        var ordinary = new FaultInbox(_platform, "ordinary");
        var hostile = new Dictionary<string, string?>(StringComparer.Ordinal); // file -> the reason it must be rejected for, if fixed
        var ports = _platform.Services.ToDictionary(s => s.Name, s => s.Port);

        ordinary.Drop(Ordinary / 2);
        foreach (var kind in HostileFiles.Kinds)
        {
            var (name, bytes) = HostileFiles.Make(kind, 1);
            ordinary.Put("hostile-" + name, bytes);
            hostile["hostile-" + name] = bytes.Length > DistributedPlatform.MaxFileBytes ? "too-large" : null;
        }
        // The same shapes under the size cap, so they reach the decoders and the extraction stage.
        var nested = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Nested under the cap</title></head><body><article>"
            + string.Concat(Enumerable.Repeat("<div>", 18_000)) + "Deep text." + string.Concat(Enumerable.Repeat("</div>", 18_000))
            + "</article></body></html>");
        var token = Encoding.UTF8.GetBytes("Bridge repairs in Caldholm to finish by spring, the mayor says\n"
            + "Published: 05 Mar. 2025, 10:15\n"
            + "The council of the fictional island of Caldholm said on Tuesday that repairs to the old bridge would finish soon.\n"
            + "The report said " + new string('x', 150 * 1024)
            + " \u201CWe will rebuild the bridge by spring,\u201D said Petra Lindgren, the mayor, on Tuesday.\n");
        foreach (var (name, bytes) in new[] { ("hostile-nested-under-cap.html", nested), ("hostile-token-under-cap.txt", token) })
        {
            Assert.InRange(bytes.Length, 1, DistributedPlatform.MaxFileBytes);
            ordinary.Put(name, bytes);
            hostile[name] = null;
        }
        // A FIFO (opening it would block a reader forever) and a symbolic link to an article outside the inbox.
        await RunAsync("mkfifo", Path.Combine(_platform.Inbox, "hostile-fifo.txt"));
        hostile["hostile-fifo.txt"] = "not-a-regular-file";
        var target = Path.Combine(_outside.FullName, "target.txt");
        await File.WriteAllBytesAsync(target, FaultInbox.Article("symlink-target", 0));
        File.CreateSymbolicLink(Path.Combine(_platform.Inbox, "hostile-link.txt"), target);
        hostile["hostile-link.txt"] = "symlink-refused";
        // A file whose modification time is a day ahead.
        var future = Path.Combine(_outside.FullName, "future.txt");
        await File.WriteAllBytesAsync(future, FaultInbox.Article("future", 0));
        File.SetLastWriteTimeUtc(future, DateTime.UtcNow.AddDays(1));
        File.Move(future, Path.Combine(_platform.Inbox, "hostile-future-mtime.txt"));
        hostile["hostile-future-mtime.txt"] = null;
        // A writer that appends straight into the inbox, a line every 200 ms for about 6 s.
        var slowWriter = SlowWriteAsync(Path.Combine(_platform.Inbox, "hostile-slow-writer.txt"));
        hostile["hostile-slow-writer.txt"] = null;
        ordinary.Drop(Ordinary / 2);
        await slowWriter;
        _report.Say($"hostile: {hostile.Count} hostile entries ({string.Join(", ", hostile.Keys)}) among {ordinary.Files.Count} ordinary articles");

        var all = ordinary.Files.Concat(hostile.Keys).ToList();
        var finished = await accounting.WaitForOutcomesAsync(all, all.Count, TimeSpan.FromMinutes(4));
        _report.Say($"hostile: {finished}/{all.Count} outcomes after {clock.Elapsed.TotalSeconds:F0} s");
        var outcomes = await accounting.OutcomesAsync(all);
        foreach (var (file, reason) in hostile)
        {
            var rows = outcomes.GetValueOrDefault(file) ?? [];
            _report.Say($"hostile: {file}: {string.Join("; ", rows.Select(r => $"{r.Status} {r.Stage} {r.Reason}"))}");
        }

        var counts = await accounting.CountAsync(all);
        _report.Say($"hostile: {counts}");
        _report.Summary("hostile files (7 kinds, 2 under-cap variants, FIFO, symlink, future mtime, slow writer)",
            $"{hostile.Count} hostile + {ordinary.Files.Count} ordinary", counts, clock.Elapsed);
        foreach (var (file, reason) in hostile)
        {
            var rows = Assert.Single(outcomes, o => o.Key == file).Value;
            var row = Assert.Single(rows);
            if (reason is not null)
            {
                Assert.Equal(("rejected", reason), (row.Status, row.Reason));
            }
        }
        Assert.All(ordinary.Files, f => Assert.Equal("stored", Assert.Single(outcomes[f]).Status));
        FaultAccounting.AssertAccounted(counts, hostile.Keys.Count(f => outcomes[f].Single().Status == "rejected"));
        Assert.Contains(outcomes["hostile-slow-writer.txt"], r => r.Status == "stored");
        Assert.All(_platform.Services, s => Assert.False(s.HasExited, $"{s.Name} exited: {s.Tail()}"));
        Assert.Equal(ports, _platform.Services.ToDictionary(s => s.Name, s => s.Port)); // the same processes: none was restarted
    }

    private static async Task SlowWriteAsync(string path)
    {
        await using var writer = new StreamWriter(path, append: false, Encoding.UTF8) { AutoFlush = true };
        await writer.WriteLineAsync("Harbour crane arrives slowly at the port of Caldholm");
        await writer.WriteLineAsync("Published: 04 Mar. 2025, 09:30");
        for (var i = 0; i < 30; i++)
        {
            await writer.WriteLineAsync($"The crane moved another {i + 1} metres along the quay on Monday, the port authority said in bulletin {i}.");
            await Task.Delay(200);
        }
        await writer.WriteLineAsync("\"It arrived in one piece,\" said Ola Brenne, the harbour master.");
    }

    private static async Task RunAsync(string tool, params string[] args)
    {
        using var process = Process.Start(tool, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
    }
}
