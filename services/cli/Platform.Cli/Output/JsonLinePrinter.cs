using Platform.Cli.Commands;
using Platform.Storage.Queries;

namespace Platform.Cli.Output;

/// <summary>
/// <c>process --json</c>: one line per input file in the stable contract of <see cref="ArticleJsonLine"/>, every key
/// present on every line (null or empty where not applicable). Extended only by adding keys.
/// </summary>
public sealed class JsonLinePrinter(TextWriter output) : ResultPrinter
{
    public const int SchemaVersion = ArticleJsonLine.SchemaVersion;

    public override void Print(FileResult result) => output.WriteLine(ArticleJsonLine.Write(
        new ArticleLineHead(result.File, result.Status, result.Reason, result.Detail, result.SubmissionId, result.ArticleId, result.DuplicateOf),
        result.Stored));

    public override void Finish() => output.Flush();
}
