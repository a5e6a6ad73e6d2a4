using Platform.Contracts;
using Platform.Cli.Commands;
using Spectre.Console;

namespace Platform.Cli.Output;

/// <summary>
/// A readable summary of <c>process</c> results for people (use <c>--json</c> for machines): one Spectre.Console table per
/// file as its outcome arrives, and a count line at the end. Colours only where the output is a terminal.
/// </summary>
public sealed class TablePrinter : ResultPrinter
{
    private readonly TextWriter _output;
    private readonly IAnsiConsole _console;
    private int _stored;
    private int _duplicates;
    private int _rejected;

    public TablePrinter(TextWriter output)
    {
        _output = output;
        _console = Consoles.For(output);
    }

    public override void Print(FileResult r)
    {
        switch (r.Status)
        {
            case SubmissionStatus.Stored: _stored++; break;
            case SubmissionStatus.Duplicate: _duplicates++; break;
            default: _rejected++; break;
        }
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(r.File)) }
            .AddColumn(new TableColumn("field").NoWrap())
            .AddColumn("value");
        table.ShowHeaders = false;
        Row(table, "status", r.Status + (r.Reason is null ? "" : $" ({r.Reason}): {r.Detail}"), r.Status == SubmissionStatus.Rejected ? "red" : "green");
        if (r.Stored is { } stored)
        {
            foreach (var warning in stored.Article.Warnings)
            {
                Console.Error.WriteLine($"platform: warning: {r.File}: {warning}");
            }
            AddArticle(table, r, stored);
        }
        _console.Write(table);
        _output.Flush();
    }

    private static void AddArticle(Table table, FileResult r, Storage.Persistence.StoredArticle stored)
    {
        var a = stored.Article;
        var p = stored.Provenance;
        var x = stored.Extraction;
        Row(table, "article", r.ArticleId?.ToString());
        Row(table, "headline", a.Headline);
        Row(table, "published", $"{a.Published?.ToIso8601() ?? "-"} (offset: {a.Published?.OffsetSource ?? "none"}){(a.Modified is null ? "" : $"   updated: {a.Modified.ToIso8601()}")}");
        Row(table, "outlet", $"{a.Outlet ?? "-"}   language: {a.Language ?? "-"}   format: {a.Format}/{a.Encoding}");
        Row(table, "authors", a.Authors.Count == 0 ? "-" : string.Join("; ", a.Authors.Select(au => $"{au.Name} ({au.Role})")));
        Row(table, "translation", p.IsTranslation switch
        {
            true => $"yes, from {p.SourcePublication ?? "?"} ({p.SourceLanguage ?? "?"}), {p.Method ?? "unknown"}{(p.HumanEdited == true ? $", edited by {string.Join(", ", p.Editors)}" : "")} [{p.LanguageTag}]",
            false => "no (stated original)",
            null => p.Suspicion is null ? "nothing says" : $"not disclosed; suspicion {p.Suspicion.Confidence:0.00}",
        }, p.IsTranslation == true ? "yellow" : null);
        if (p.AiAct is { } aiAct) Row(table, "AI Act 50(4)", aiAct.Status);
        if (!x.Attempted)
        {
            Row(table, "extraction", $"not attempted: {x.NotAttemptedReason}");
            return;
        }
        Row(table, "people", string.Join(", ", x.Entities.Where(e => e.Type == "person").Select(e => e.Canonical)));
        Row(table, "orgs", string.Join(", ", x.Entities.Where(e => e.Type == "organization").Select(e => e.Canonical)));
        Row(table, "places", string.Join(", ", x.Entities.Where(e => e.Type == "location").Select(e => e.Canonical)));
        Row(table, "dates", string.Join(", ", x.Dates.Select(d => $"{d.Text} = {d.Resolved ?? "?"}")));
        Row(table, "quantities", string.Join(", ", x.Quantities.Select(q => q.Text)));
        Row(table, "quotes", $"{x.Quotes.Count} ({string.Join(", ", x.Quotes.Select(q => q.Speaker ?? "unattributed").Distinct())})");
    }

    private static void Row(Table table, string field, string? value, string? colour = null) =>
        table.AddRow(new Text(field, new Style(decoration: Decoration.Bold)), new Text(value ?? "-", colour is null ? Style.Plain : Style.Parse(colour)));

    public override void Finish()
    {
        _output.WriteLine($"{_stored} stored, {_duplicates} duplicate, {_rejected} rejected");
        _output.Flush();
    }
}
