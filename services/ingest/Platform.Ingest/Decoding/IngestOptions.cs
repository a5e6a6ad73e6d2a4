namespace Platform.Ingest.Decoding;

/// <summary>Limits applied before a file is decoded.</summary>
public sealed record IngestOptions
{
    /// <summary>Files larger than this are rejected with <c>too-large</c>.</summary>
    public long MaxFileBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>The one wording of a size rejection, whichever way the file came in.</summary>
    public string TooLargeDetail(long length) =>
        $"The file is {length:N0} bytes, more than the limit of {MaxFileBytes:N0} bytes.";

    /// <summary>The size rejection when only the limit is known (an HTTP body cut off by the server).</summary>
    public string TooLargeDetail() => $"The file is larger than the limit of {MaxFileBytes:N0} bytes.";
}
