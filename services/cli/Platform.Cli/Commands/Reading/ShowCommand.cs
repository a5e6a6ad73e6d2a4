using Platform.Cli.Input;
using Platform.Cli.Output;
using Platform.Contracts;
using Platform.Storage.Web;

namespace Platform.Cli.Commands.Reading;

/// <summary><c>platform show &lt;articleId&gt;</c>: one article in full (a table, or with <c>--json</c> the line
/// <c>process --json</c> printed), or with <c>--export jsonld|c2pa</c> its provenance export.</summary>
public static class ShowCommand
{
    public static Task<int> RunAsync(StoreLocation location, string id, string? export, bool json, TextWriter stdout, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var articleId)) throw new UsageException($"'{id}' is not an article id (a UUID, as list and process print).");
        if (export is not null && !ArticleExports.Formats.Contains(export)) throw new UsageException("--export must be jsonld or c2pa.");
        return ReadCommand.RunAsync(location, async queries =>
        {
            var found = await queries.Details.FindAsync(articleId, ct);
            if (found is null)
            {
                await Console.Error.WriteLineAsync($"platform: no stored article {articleId}");
                return 1;
            }
            if (export is not null) stdout.WriteLine(ArticleExports.Export(found.Stored, export));
            else if (json) stdout.WriteLine(found.ToJsonLine());
            else new TablePrinter(stdout).Print(new FileResult(found.FileName ?? "-", SubmissionStatus.Stored, found.Stored.SubmissionId,
                null, null, articleId, null, found.Stored));
            return 0;
        }, ct);
    }
}
