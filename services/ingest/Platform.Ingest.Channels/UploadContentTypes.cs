namespace Platform.Ingest.Channels;

/// <summary>Which declared content types the upload endpoint accepts: text, HTML, JSON, or "don't know" (octet-stream / none).</summary>
public static class UploadContentTypes
{
    public static bool IsAccepted(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }
        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType.StartsWith("text/", StringComparison.Ordinal)
            || mediaType is "application/json" or "application/ld+json" or "application/xhtml+xml" or "application/xml"
                or "application/octet-stream";
    }
}
