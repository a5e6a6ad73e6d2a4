using Platform.Cli.Input;
using Platform.Cli.Output;

namespace Platform.Cli.Commands.Reading;

/// <summary><c>platform quotes --speaker NAME</c>: what a named speaker was quoted as saying, with article and date;
/// <c>platform quotes --by-organisation</c>: quotes of speakers described by role, grouped by their organisation.</summary>
public static class QuotesCommand
{
    public static Task<int> RunAsync(StoreLocation location, string? speaker, bool byOrganisation, int page, int pageSize, bool json,
        TextWriter stdout, CancellationToken ct)
    {
        if ((speaker is null) == !byOrganisation) throw new UsageException("quotes needs either --speaker NAME or --by-organisation.");
        return ReadCommand.RunAsync(location, async queries =>
        {
            if (speaker is not null)
            {
                var quotes = await queries.Quotes.BySpeakerAsync(speaker, page, pageSize, ct);
                if (json) JsonLines.Write(stdout, quotes.Items);
                else new QueryTables(stdout).Quotes(quotes);
                return 0;
            }
            var groups = await queries.Quotes.ByOrganisationAsync(ct);
            if (json) JsonLines.Write(stdout, groups);
            else new QueryTables(stdout).QuotesByOrganisation(groups);
            return 0;
        }, ct);
    }
}
