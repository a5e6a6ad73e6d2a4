namespace Platform.Ingest.Channels;

/// <summary>The inbox folder watched by the ingest service (configuration section <c>Inbox</c>; env <c>Inbox__Path</c>).</summary>
public sealed class InboxSettings
{
    public const string SectionName = "Inbox";

    /// <summary>The folder users drop files into. Empty: no inbox is watched.</summary>
    public string? Path { get; set; }
    public int PollMilliseconds { get; set; } = 1000;
    /// <summary>A file is claimed only after its size and time stamp have not changed for this long (it is still being written otherwise).</summary>
    public int SettleMilliseconds { get; set; } = 1000;
}
