using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Provenance.Exports;

/// <summary>Shared helpers for the exporters: serializer settings and JSON building.</summary>
internal static class JsonOutput
{
    /// <summary>Indented; non-ASCII text (Hangul, accents) and apostrophes stay readable.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Serializes, then escapes &lt;, &gt; and &amp; as \u escapes so the JSON can sit inside an HTML script tag
    /// ("&lt;/script&gt;" in a headline cannot close it). Outside strings JSON never contains these characters.
    /// </summary>
    public static string Write(JsonObject root) => root.ToJsonString(Options)
        .Replace("<", "\\u003C", StringComparison.Ordinal)
        .Replace(">", "\\u003E", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal);

    public static void AddIfNotNull(JsonObject o, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) o[name] = value;
    }

    public static JsonArray Strings(IEnumerable<string> items) => new(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
}
