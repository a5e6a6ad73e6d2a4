namespace Platform.Ingest.Decoding;

/// <summary>Limits applied before a file is decoded.</summary>
public sealed record IngestOptions
{
    /// <summary>Files larger than this are rejected with <c>too-large</c>.</summary>
    public long MaxFileBytes { get; init; } = 5 * 1024 * 1024;
}
