using System.Text;

namespace Platform.EndToEnd.Tests;

/// <summary>Killing the ingest service in the middle of a large inbox drop loses nothing and duplicates nothing.</summary>
[Collection(DistributedPlatformCollection.Name)]
public sealed class IngestCrashRecoveryTests(DistributedPlatform platform) : IAsyncLifetime
{
    private const int FileCount = 1000;
    private const int BadEvery = 25;

    public Task InitializeAsync() => platform.Database.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [InfrastructureFact]
    public async Task Killing_ingest_mid_drop_and_restarting_ends_with_every_file_stored_or_rejected_exactly_once()
    {
        var staging = Directory.CreateTempSubdirectory("platform-e2e-staging-");
        var names = new List<string>();
        for (var i = 0; i < FileCount; i++)
        {
            var name = $"story-{i:D4}.txt";
            await File.WriteAllBytesAsync(Path.Combine(staging.FullName, name), i % BadEvery == 0 ? BinaryJunk(i) : Article(i));
            names.Add(name);
        }
        var goodCount = names.Count - Enumerable.Range(0, FileCount).Count(i => i % BadEvery == 0);

        // Drop everything (each file appears whole by rename), kill ingest part-way, then start a new one.
        foreach (var name in names)
        {
            File.Move(Path.Combine(staging.FullName, name), Path.Combine(platform.Inbox, name));
        }
        var processed = Path.Combine(platform.Inbox, "processed");
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (Count(processed) < FileCount / 5 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        await platform.KillIngestAsync();
        var claimedAtKill = Count(processed);
        Assert.InRange(claimedAtKill, 1, FileCount - 1);
        await platform.StartIngestAsync();

        var submissions = await platform.Database.WaitForSubmissionsAsync(
            rows => rows.Where(r => r.Status is "stored" or "rejected").Select(r => r.SubmissionId).Distinct().Count() >= FileCount,
            TimeSpan.FromMinutes(6));

        // (a claim the killed replica held is taken back by the new one, which sees its process gone; bounded wait for it)
        var claimsDeadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (Count(Path.Combine(platform.Inbox, "processing")) > 0 && DateTime.UtcNow < claimsDeadline)
        {
            await Task.Delay(200);
        }
        submissions = await platform.Database.WaitForSubmissionsAsync(
            rows => rows.Where(r => r.Status is "stored" or "rejected").Select(r => r.SubmissionId).Distinct().Count() >= FileCount,
            TimeSpan.FromMinutes(1));

        var outcomes = submissions.Where(r => r.Status is "stored" or "rejected").GroupBy(r => r.SubmissionId).ToList();
        Assert.Equal(FileCount, outcomes.Count);
        Assert.All(outcomes, g => Assert.Single(g.Select(r => r.Status).Distinct()));
        Assert.Equal(goodCount, (await platform.Database.ArticlesAsync()).Count);
        Assert.Equal(FileCount - goodCount, outcomes.Count(g => g.First().Status == "rejected"));
        // No file is left unaccounted for: each one ended in processed/ (or failed/ with a reason), none in the inbox or claimed.
        Assert.Empty(Directory.GetFiles(platform.Inbox));
        Assert.Empty(Directory.GetFiles(Path.Combine(platform.Inbox, "processing")));
        Assert.Equal(FileCount, Count(processed) + Directory.GetFiles(Path.Combine(platform.Inbox, "failed"), "*.txt").Length);
        staging.Delete(true);
    }

    private static int Count(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;

    private static byte[] Article(int i) => Encoding.UTF8.GetBytes($"""
        Harbor board approves plan number {i} for the eastern quay
        Published: 0{1 + i % 9} Apr. 2025, 1{i % 10}:15
        The harbor board of the fictional town of Westmere approved plan number {i} on Monday, a spokesperson said.
        The plan covers dredging work on berth {i % 40} and a new footbridge, the board said in a statement.
        "This is plan {i}, and it is the one we have been waiting for," said Mara Lindqvist, the board's chair.
        BY ANNA KOWALSKI [anna.kowalski@westmere-herald.example]
        """);

    private static byte[] BinaryJunk(int i)
    {
        var bytes = new byte[512];
        new Random(i).NextBytes(bytes);
        bytes[0] = 0;
        bytes[1] = (byte)(i % 256);
        bytes[2] = (byte)(i / 256);
        return bytes;
    }
}
