using Platform.Provenance.Exports;
using Platform.Storage.Persistence;

namespace Platform.Storage.Web;

/// <summary>A stored article's provenance exports by format name: <c>jsonld</c> (schema.org NewsArticle) and <c>c2pa</c>
/// (C2PA-style sidecar manifest), written by the provenance stage's exporters.</summary>
public static class ArticleExports
{
    public static readonly IReadOnlySet<string> Formats = new HashSet<string>(StringComparer.Ordinal) { "jsonld", "c2pa" };

    public static string Export(StoredArticle stored, string format)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return format switch
        {
            "jsonld" => SchemaOrgJsonLdExporter.Export(stored.Article, stored.Provenance),
            "c2pa" => C2paManifestExporter.Export(stored.Article, stored.Provenance),
            _ => throw new ArgumentException($"unknown export format '{format}': jsonld or c2pa."),
        };
    }
}
