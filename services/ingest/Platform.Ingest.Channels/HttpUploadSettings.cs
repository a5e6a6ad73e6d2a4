namespace Platform.Ingest.Channels;

/// <summary>The HTTP upload endpoint's settings (section <c>Upload</c>; env <c>Upload__ApiKey</c>).</summary>
public sealed class HttpUploadSettings
{
    public const string SectionName = "Upload";
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The key clients send in <c>X-Api-Key</c>. Empty: the endpoint refuses every upload (401).</summary>
    public string? ApiKey { get; set; }
}
