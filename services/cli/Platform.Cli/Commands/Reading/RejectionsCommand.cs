using Platform.Cli.Input;
using Platform.Cli.Output;

namespace Platform.Cli.Commands.Reading;

/// <summary><c>platform rejections [--reason CODE]</c>: rejected submissions with stage, reason and detail, newest first.</summary>
public static class RejectionsCommand
{
    public static Task<int> RunAsync(StoreLocation location, string? reason, int page, int pageSize, bool json, TextWriter stdout, CancellationToken ct) =>
        ReadCommand.RunAsync(location, async queries =>
        {
            var rejections = await queries.Pipeline.RejectionsAsync(reason, page, pageSize, ct);
            if (json) JsonLines.Write(stdout, rejections.Items);
            else new QueryTables(stdout).Rejections(rejections);
            return 0;
        }, ct);
}
