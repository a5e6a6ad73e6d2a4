using Platform.Cli.Input;
using Platform.Cli.Output;

namespace Platform.Cli.Commands.Reading;

/// <summary><c>platform stats</c>: pipeline counts (submitted, stored, duplicates, rejected by stage and reason) and
/// articles per month, outlet and translation method.</summary>
public static class StatsCommand
{
    public static Task<int> RunAsync(StoreLocation location, DateOnly? from, DateOnly? to, bool json, TextWriter stdout, CancellationToken ct) =>
        ReadCommand.RunAsync(location, async queries =>
        {
            var counts = await queries.Pipeline.CountsAsync(ct);
            var perOutlet = await queries.Provenance.PerOutletAndMethodAsync(from, to, ct);
            if (json) JsonLines.Write(stdout, [new { pipeline = counts, perOutletAndMethod = perOutlet }]);
            else new QueryTables(stdout).Stats(counts, perOutlet);
            return 0;
        }, ct);
}
