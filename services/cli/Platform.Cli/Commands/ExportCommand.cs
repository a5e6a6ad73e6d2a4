using Platform.Cli.Input;
using Platform.Storage.Web;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform export &lt;articleId&gt; --format jsonld|c2pa [--data DIR | --postgres CONNECTION]</c>: prints a stored article's
/// provenance as schema.org NewsArticle JSON-LD or as a C2PA-style sidecar manifest (the same as <c>show --export</c>).
/// </summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (line.Arguments.Count != 1 || !Guid.TryParse(line.Arguments[0], out var articleId))
        {
            throw new UsageException("export needs exactly one article id (a UUID, as printed by process).");
        }
        var format = line.Option("--format") ?? "jsonld";
        if (!ArticleExports.Formats.Contains(format))
        {
            throw new UsageException("--format must be jsonld or c2pa.");
        }

        await using var session = await StoreLocation.From(line.Option("--data"), line.Option("--postgres")).OpenAsync(cancellationToken);
        var found = await session.Queries.Details.FindAsync(articleId, cancellationToken);
        if (found is null)
        {
            await Console.Error.WriteLineAsync($"platform: no stored article {articleId}");
            return 1;
        }
        stdout.WriteLine(ArticleExports.Export(found.Stored, format));
        return 0;
    }
}
