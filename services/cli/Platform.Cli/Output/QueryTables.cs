using Platform.Storage.Queries;
using Spectre.Console;

namespace Platform.Cli.Output;

/// <summary>Readable tables for the answers of the reading commands (<c>list</c>, <c>search</c>, <c>entities</c>,
/// <c>quotes</c>, <c>stats</c>, <c>rejections</c>); <c>--json</c> prints <see cref="JsonLines"/> instead.</summary>
public sealed class QueryTables(TextWriter output)
{
    private readonly IAnsiConsole _console = Consoles.For(output);

    public void Articles(ResultPage<ArticleSummary> page, bool ranked)
    {
        var table = New("article", "published", "outlet", "headline", "lang", "translation");
        table.Columns[0].NoWrap();
        table.Columns[1].NoWrap();
        if (ranked) table.AddColumn("rank");
        foreach (var a in page.Items)
        {
            var translation = a.Translation == TranslationStatus.Yes
                ? $"yes: {a.Method ?? "unknown"} from {a.SourcePublication ?? "?"} ({a.SourceLanguage ?? "?"})"
                : a.Translation + (a.Suspicion ? " (suspected)" : "");
            string[] cells = [a.ArticleId.ToString(), a.Published is { Length: > 16 } p ? p[..16] : a.Published ?? "-", a.Outlet ?? "-", a.Headline ?? "-", a.Language ?? "-", translation];
            table.AddRow([.. cells.Concat(ranked ? [a.Rank?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "-"] : []).Select(Cell)]);
        }
        Write(table, PageLine(page, "articles") + Environment.NewLine + TranslationStatus.Explanation);
    }

    public void Entities(IReadOnlyList<EntityCount> counts, string what)
    {
        var table = New("type", "entity", "articles");
        foreach (var c in counts) table.AddRow(Cell(c.Type), Cell(c.Canonical), Cell(c.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Write(table, $"{counts.Count} {what}, counted once per article that mentions them");
    }

    public void Quotes(ResultPage<QuoteHit> page)
    {
        var table = New("published", "speaker", "quote", "article");
        foreach (var q in page.Items) table.AddRow(Cell(q.Published ?? "-"), Cell(q.Speaker ?? "-"), Cell(q.Text), Cell($"{q.Headline} [{q.ArticleId}]"));
        Write(table, PageLine(page, "quotes"));
    }

    public void QuotesByOrganisation(IReadOnlyList<OrganisationQuotes> groups)
    {
        var table = New("organisation", "speaker", "quote", "article");
        foreach (var g in groups)
            foreach (var q in g.Quotes) table.AddRow(Cell(g.Organisation), Cell(q.Speaker ?? "-"), Cell(q.Text), Cell($"{q.Headline} [{q.ArticleId}]"));
        Write(table, $"{groups.Sum(g => g.Quotes.Count)} quotes by described speakers, {groups.Count} organisations");
    }

    public void Stats(PipelineCounts counts, IReadOnlyList<OutletMethodCount> perOutlet)
    {
        var pipeline = New("submitted", "stored", "duplicates", "rejected", "articles");
        pipeline.AddRow([.. new[] { counts.Submitted, counts.Stored, counts.Duplicates, counts.Rejected, counts.Articles }.Select(n => Cell(n.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        Write(pipeline, "submissions by outcome");
        var rejected = New("stage", "reason", "submissions");
        foreach (var r in counts.RejectedBy) rejected.AddRow(Cell(r.Stage ?? "-"), Cell(r.Reason ?? "-"), Cell(r.Submissions.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Write(rejected, "rejected, by stage and reason");
        var outlets = New("month", "outlet", "translation", "method", "articles");
        foreach (var c in perOutlet) outlets.AddRow(Cell(c.Month), Cell(c.Outlet ?? "-"), Cell(c.Translation), Cell(c.Method ?? "-"), Cell(c.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Write(outlets, "articles per month, outlet and translation method" + Environment.NewLine + TranslationStatus.Explanation);
    }

    public void Rejections(ResultPage<Rejection> page)
    {
        var table = New("recorded", "file", "stage", "reason", "detail");
        foreach (var r in page.Items)
            table.AddRow(Cell(r.RecordedAt.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)), Cell(r.FileName ?? "-"), Cell(r.Stage ?? "-"), Cell(r.Reason ?? "-"), Cell(r.Detail ?? "-"));
        Write(table, PageLine(page, "rejections"));
    }

    private static Table New(params string[] columns)
    {
        var table = new Table { Border = TableBorder.Rounded };
        foreach (var c in columns) table.AddColumn(new TableColumn(new Text(c, new Style(decoration: Decoration.Bold))));
        return table;
    }

    private static Text Cell(string value) => new(value);

    private static string PageLine<T>(ResultPage<T> page, string what) =>
        page.Total == 0 ? $"no {what}" : $"{what} {(page.Page - 1) * page.PageSize + Math.Min(1, page.Items.Count)}-{(page.Page - 1) * page.PageSize + page.Items.Count} of {page.Total}"
            + ((page.Page * page.PageSize) < page.Total ? $" (next: --page {page.Page + 1})" : "");

    private void Write(Table table, string caption)
    {
        _console.Write(table);
        output.WriteLine(caption);
        output.Flush();
    }
}
