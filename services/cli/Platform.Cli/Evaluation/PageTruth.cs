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
    public static IReadOnlyList<PageTruth> ReadAll(string path) => TruthLines.Read(path, (root, file) => new PageTruth
    {
        File = file,
        Category = TruthLines.Text(root, "category"),
        IsTranslation = root.TryGetProperty("is_translation", out var t) && t.ValueKind == JsonValueKind.True,
        TranslationMethod = TruthLines.Text(root, "translation_method"),
        Disclosure = TruthLines.Text(root, "disclosure"),
        SourcePublication = TruthLines.Text(root, "source_publication"),
        SourceLanguage = TruthLines.Text(root, "source_language"),
        Headline = TruthLines.Text(root, "headline"),
        Published = TruthLines.Text(root, "published"),
        Authors = TruthLines.Items(root, "authors").Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : null).OfType<string>().ToList(),
    });
}
