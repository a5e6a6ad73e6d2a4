using Platform.Cli.Input;
using Platform.Cli.Output;
using Platform.Storage.Queries;

namespace Platform.Cli.Commands.Reading;

/// <summary><c>platform list</c> and <c>platform search &lt;words&gt;</c>: stored articles matching the filters, newest first,
/// or ranked by the words (full text over headline and body).</summary>
public static class ArticlesCommand
{
    public static Task<int> RunAsync(StoreLocation location, ArticleFilter filter, bool json, TextWriter stdout, CancellationToken ct) =>
        ReadCommand.RunAsync(location, async queries =>
        {
            var page = await queries.Articles.FindAsync(filter, ct);
            if (json) JsonLines.Write(stdout, page.Items);
            else new QueryTables(stdout).Articles(page, ranked: !string.IsNullOrWhiteSpace(filter.Words));
            return 0;
        }, ct);
}
