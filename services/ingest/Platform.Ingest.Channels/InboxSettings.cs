namespace Platform.Ingest.Channels;

/// <summary>The inbox folder watched by the ingest service (configuration section <c>Inbox</c>; env <c>Inbox__Path</c>, ...).</summary>
public sealed class InboxSettings
{
    public const string SectionName = "Inbox";

    /// <summary>The folder users drop files into. Empty: no inbox is watched.</summary>
    public string? Path { get; set; }

    /// <summary>How often the folder is looked at (<c>Inbox__PollMilliseconds</c>).</summary>
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>
    /// The settle window (<c>Inbox__SettleMilliseconds</c>): a file is claimed only once its size and modification time are
    /// unchanged across two looks at least this far apart on the watcher's own clock. A writer that pauses longer than this
    /// can still be caught half-way: writers should write under a temporary name (<c>.name</c>, <c>*.part</c>, <c>*.tmp</c>)
    /// and rename when done.
    /// </summary>
    public int SettleMilliseconds { get; set; } = 5000;

    /// <summary>
    /// The claim lease (<c>Inbox__ClaimLeaseSeconds</c>, at least 1). A replica holding a file in <c>processing/</c> renews its
    /// lease every third of this; any replica takes back a claim whose lease expired and that it has seen unrenewed for this
    /// long. So a crashed replica's file is picked up again about one lease after the crash. Keep it well above the longest
    /// stall a live replica may have (a GC pause, a slow disk) and above the clock difference between hosts.
    /// </summary>
    public int ClaimLeaseSeconds { get; set; } = 30;
}
