using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Cli.Output;

/// <summary>JSON Lines for the reading commands' <c>--json</c>: one compact camelCase object per line.</summary>
public static class JsonLines
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static void Write<T>(TextWriter output, IEnumerable<T> items)
    {
        foreach (var item in items) output.WriteLine(JsonSerializer.Serialize(item, Options));
        output.Flush();
    }
}
