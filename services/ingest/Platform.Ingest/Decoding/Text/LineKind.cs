namespace Platform.Ingest.Decoding.Text;

/// <summary>What one line of an article file is.</summary>
public enum LineKind
{
    Content,
    DateMeta,
    Byline,
    Note,
    Url,
    Copyright,
    Boilerplate,
    EndMarker,
}
