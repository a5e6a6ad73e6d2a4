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
    public static IReadOnlyList<NewsTruth> ReadAll(string path) => TruthLines.Read(path, (root, file) => new NewsTruth
    {
        File = file,
        Published = TruthLines.Text(root, "published"),
        Dates = TruthLines.Items(root, "dates").Select(d => (TruthLines.Text(d, "text") ?? "", TruthLines.Text(d, "value"))).ToList(),
        Quotes = TruthLines.Items(root, "quotes").Select(q => (TruthLines.Text(q, "text_start") ?? "", TruthLines.Text(q, "speaker"))).ToList(),
        Quantities = TruthLines.Items(root, "quantities").Select(q => TruthLines.Text(q, "text") ?? "").ToList(),
        ScoresDates = root.TryGetProperty("dates", out _),
        ScoresQuantities = root.TryGetProperty("quantities", out _),
    });
}
