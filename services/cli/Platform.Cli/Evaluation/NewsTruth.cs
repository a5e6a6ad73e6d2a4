using System.Text.Json;

namespace Platform.Cli.Evaluation;

/// <summary>
/// One line of a news extraction truth file (see <c>tests/fixtures/news/README.md</c>): the date expressions of an
/// article with their resolved values (ISO 8601 / EDTF), its direct quotations with their speakers, and its quantities.
/// </summary>
public sealed record NewsTruth
{
    public required string File { get; init; }
    public string? Published { get; init; }
    public IReadOnlyList<(string Text, string? Value)> Dates { get; init; } = [];
    public IReadOnlyList<(string TextStart, string? Speaker)> Quotes { get; init; } = [];
    public IReadOnlyList<string> Quantities { get; init; } = [];
    /// <summary>False when the line has no <c>dates</c> list (a page truth file annotates quotes only): dates are not scored.</summary>
    public bool ScoresDates { get; init; } = true;
    /// <summary>False when the line has no <c>quantities</c> list.</summary>
    public bool ScoresQuantities { get; init; } = true;

    /// <summary>Reads a JSON-lines truth file; a line that is not a JSON object with a <c>file</c> is a usage error with its line number.</summary>
    public static IReadOnlyList<NewsTruth> ReadAll(string path)
    {
        var result = new List<NewsTruth>();
        var number = 0;
        foreach (var line in System.IO.File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                result.Add(new NewsTruth
                {
                    File = root.GetProperty("file").GetString() ?? throw new FormatException("'file' is null"),
                    Published = Text(root, "published"),
                    Dates = Items(root, "dates").Select(d => (Text(d, "text") ?? "", Text(d, "value"))).ToList(),
                    Quotes = Items(root, "quotes").Select(q => (Text(q, "text_start") ?? "", Text(q, "speaker"))).ToList(),
                    Quantities = Items(root, "quantities").Select(q => Text(q, "text") ?? "").ToList(),
                    ScoresDates = root.TryGetProperty("dates", out _),
                    ScoresQuantities = root.TryGetProperty("quantities", out _),
                });
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new Input.UsageException($"{path} line {number} is not a truth record: {e.Message}");
            }
        }
        return result;
    }

    private static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [];

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
