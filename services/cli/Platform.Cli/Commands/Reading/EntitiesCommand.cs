using Platform.Cli.Input;
using Platform.Cli.Output;

namespace Platform.Cli.Commands.Reading;

/// <summary><c>platform entities [--type T] [--from D --to D] [--with NAME]</c>: the most-mentioned entities counted per
/// article, or those that appear in the same articles as NAME. (Articles mentioning NAME: <c>list --entity NAME</c>.)</summary>
public static class EntitiesCommand
{
    public static Task<int> RunAsync(StoreLocation location, string? type, DateOnly? from, DateOnly? to, string? with, int limit, bool json,
        TextWriter stdout, CancellationToken ct) =>
        ReadCommand.RunAsync(location, async queries =>
        {
            var counts = with is null
                ? await queries.Entities.MostMentionedAsync(type, from, to, limit, ct)
                : await queries.Entities.CoOccurringAsync(with, type, limit, ct);
            if (json) JsonLines.Write(stdout, counts);
            else new QueryTables(stdout).Entities(counts, with is null ? "entities" : $"entities that appear with '{with}'");
            return 0;
        }, ct);
}
