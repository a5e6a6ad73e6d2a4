namespace Platform.Contracts;

/// <summary>Stage names as they appear in rejections and as queue names in the dashboard.</summary>
public static class PipelineStages
{
    public const string Ingest = "ingest";
    public const string Provenance = "provenance";
    public const string Extraction = "extraction";
    public const string Storage = "storage";
}
