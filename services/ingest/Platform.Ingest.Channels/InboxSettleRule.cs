namespace Platform.Ingest.Channels;

/// <summary>
/// When a file in the inbox has stopped changing: its size and modification time are the same in two observations at
/// least <c>window</c> apart, measured on the watcher's own monotonic clock. The modification time is only compared with
/// itself, never with "now", so a file stamped in the future (another host's clock, <c>touch -d</c>, an unpacked archive)
/// settles like any other. A writer that pauses for less than the window is never caught half-way; one that pauses for
/// longer can be, which is why writers should use a temporary name (<see cref="InboxTemporaryNames"/>) and rename.
/// </summary>
public sealed class InboxSettleRule(TimeSpan window)
{
    private readonly Dictionary<string, Observation> _seen = new(StringComparer.Ordinal);

    public TimeSpan Window => window;

    /// <summary>Records one observation of <paramref name="name"/>; true when it has held still for the whole window.</summary>
    public bool IsSettled(string name, long length, DateTime writeTimeUtc, TimeSpan now)
    {
        if (!_seen.TryGetValue(name, out var seen) || seen.Length != length || seen.WriteTimeUtc != writeTimeUtc)
        {
            _seen[name] = new Observation(length, writeTimeUtc, now);
            return false;
        }
        return now - seen.Since >= window;
    }

    public void Forget(string name) => _seen.Remove(name);

    /// <summary>Drops what is known of names no longer in the inbox.</summary>
    public void KeepOnly(IReadOnlySet<string> present)
    {
        foreach (var gone in _seen.Keys.Where(name => !present.Contains(name)).ToList())
        {
            _seen.Remove(gone);
        }
    }

    private sealed record Observation(long Length, DateTime WriteTimeUtc, TimeSpan Since);
}
