namespace Platform.Storage.Availability;

/// <summary>How long one probe may take, and the backoff between probes while the database is away.</summary>
public sealed record AvailabilityTimings(TimeSpan ProbeTimeout, TimeSpan InitialDelay, TimeSpan MaximumDelay)
{
    /// <summary>A probe may take 3 s; while away, probe after 0.5 s, then 1, 2, 4, 5, 5, ... s.</summary>
    public static AvailabilityTimings Default { get; } = new(TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(5));
}
