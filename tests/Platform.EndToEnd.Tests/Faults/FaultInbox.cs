using System.Text;

namespace Platform.EndToEnd.Tests.Faults;

/// <summary>
/// Drops files into the platform's inbox as a well-behaved writer does (whole, by rename): distinct articles (no two bodies
/// alike, so a duplicate in storage is a real duplicate) and, every <c>badEvery</c>-th, binary junk that ingest must reject.
/// </summary>
public sealed class FaultInbox(DistributedPlatform platform, string run)
{
    public List<string> Files { get; } = [];
    public HashSet<string> JunkFiles { get; } = new(StringComparer.Ordinal);
    public int Junk => JunkFiles.Count;

    /// <summary>Drops <paramref name="count"/> files; every <paramref name="badEvery"/>-th is junk (0: none).</summary>
    public void Drop(int count, int badEvery = 0)
    {
        for (var i = 0; i < count; i++)
        {
            var serial = Files.Count;
            var junk = badEvery > 0 && serial % badEvery == badEvery - 1;
            var name = $"{run}-{serial:D4}.txt";
            Put(name, junk ? Binary(serial) : Article(run, serial));
            Files.Add(name);
            if (junk) JunkFiles.Add(name);
        }
    }

    /// <summary>Writes beside the inbox under a temporary name, then renames into it: the file appears whole.</summary>
    public void Put(string name, byte[] content)
    {
        var temporary = Path.Combine(platform.Inbox, "." + name + ".part");
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, Path.Combine(platform.Inbox, name));
    }

    public static byte[] Article(string run, int serial) => Encoding.UTF8.GetBytes($"""
        Ferry operator adds crossing {serial} of run {run} to the winter timetable
        Published: 0{1 + serial % 9} Mar. 2025, 1{serial % 10}:45
        The ferry operator of the fictional island of Caldholm added crossing number {serial} to its winter timetable on Monday.
        The new crossing leaves the harbour of Nettleby at {6 + serial % 12} o'clock and calls at berth {serial % 30}, the operator said.
        "Crossing {serial} answers what the islanders asked of us in run {run}," said Petra Lindgren, the operator's director.
        The Caldholm Council welcomed the change in a statement on Tuesday.
        BY JONAS EKMAN [jonas.ekman@caldholm-tidende.example]
        """);

    private static byte[] Binary(int serial)
    {
        var bytes = new byte[1024];
        new Random(serial).NextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }
}
