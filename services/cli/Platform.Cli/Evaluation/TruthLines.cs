using System.Text.Json;

namespace Platform.Cli.Evaluation;

/// <summary>
/// Reads a JSON-lines truth file (one object per line, each with a <c>file</c>): blank lines are skipped, and a line that
/// is not such an object is a usage error naming its line number.
/// </summary>
internal static class TruthLines
{
    public static IReadOnlyList<T> Read<T>(string path, Func<JsonElement, string, T> map)
    {
        var result = new List<T>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var file = root.GetProperty("file").GetString() ?? throw new FormatException("'file' is null");
                result.Add(map(root, file));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new Input.UsageException($"{path}:{number}: not a truth line ({e.Message}).");
            }
        }
        return result;
    }

    /// <summary>A string property, or null when it is missing or not a string.</summary>
    public static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The items of an array property, or none.</summary>
    public static IReadOnlyList<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [];
}
