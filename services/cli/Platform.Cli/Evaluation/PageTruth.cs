using System.Text.Json;

namespace Platform.Cli.Evaluation;

/// <summary>
/// One line of a page truth file, in the schema of <c>shared/corpora/wild-like/truth.jsonl</c>: what a person reading the
/// page says its headline, publication time, authors and translation provenance are.
/// </summary>
public sealed record PageTruth
{
    public required string File { get; init; }
    public string? Category { get; init; }
    public bool IsTranslation { get; init; }
    public string? TranslationMethod { get; init; }
    public string? Disclosure { get; init; }
    public string? SourcePublication { get; init; }
    public string? SourceLanguage { get; init; }
    public string? Headline { get; init; }
    public string? Published { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Reads a JSON-lines truth file; a line that is not a JSON object with a <c>file</c> is a usage error with its line number.</summary>
    public static IReadOnlyList<PageTruth> ReadAll(string path)
    {
        var result = new List<PageTruth>();
        var number = 0;
        foreach (var line in System.IO.File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                result.Add(new PageTruth
                {
                    File = root.GetProperty("file").GetString() ?? throw new FormatException("'file' is null"),
                    Category = Text(root, "category"),
                    IsTranslation = root.TryGetProperty("is_translation", out var t) && t.ValueKind == JsonValueKind.True,
                    TranslationMethod = Text(root, "translation_method"),
                    Disclosure = Text(root, "disclosure"),
                    SourcePublication = Text(root, "source_publication"),
                    SourceLanguage = Text(root, "source_language"),
                    Headline = Text(root, "headline"),
                    Published = Text(root, "published"),
                    Authors = root.TryGetProperty("authors", out var a) && a.ValueKind == JsonValueKind.Array
                        ? a.EnumerateArray().Select(x => x.GetString()).OfType<string>().ToList()
                        : [],
                });
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new Input.UsageException($"{path}:{number}: not a truth line ({e.Message}).");
            }
        }
        return result;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
