using Platform.Contracts;
using Platform.Cli.Commands;

namespace Platform.Cli.Output;

/// <summary>A readable summary of <c>process</c> results for people (use <c>--json</c> for machines).</summary>
public sealed class TablePrinter(TextWriter output) : ResultPrinter
{
    private int _stored;
    private int _duplicates;
    private int _rejected;

    public override void Print(FileResult r)
    {
        output.WriteLine($"{r.File}");
        output.WriteLine($"  status      {r.Status}{(r.Reason is null ? "" : $" ({r.Reason}): {r.Detail}")}");
        switch (r.Status)
        {
            case SubmissionStatus.Stored: _stored++; break;
            case SubmissionStatus.Duplicate: _duplicates++; break;
            default: _rejected++; break;
        }
        if (r.Stored is not { } stored)
        {
            output.WriteLine();
            return;
        }
        var a = stored.Article;
        var p = stored.Provenance;
        var x = stored.Extraction;
        foreach (var warning in stored.Article.Warnings)
        {
            Console.Error.WriteLine($"platform: warning: {r.File}: {warning}");
        }
        output.WriteLine($"  article     {r.ArticleId}");
        output.WriteLine($"  headline    {a.Headline}");
        output.WriteLine($"  published   {a.Published?.ToIso8601() ?? "-"} (offset: {a.Published?.OffsetSource ?? "none"}){(a.Modified is null ? "" : $"   updated: {a.Modified?.ToIso8601()}")}");
        output.WriteLine($"  outlet      {a.Outlet ?? "-"}   language: {a.Language ?? "-"}   format: {a.Format}/{a.Encoding}");
        output.WriteLine($"  authors     {(a.Authors.Count == 0 ? "-" : string.Join("; ", a.Authors.Select(au => $"{au.Name} ({au.Role})")))}");
        var translation = p.IsTranslation switch
        {
            true => $"yes, from {p.SourcePublication ?? "?"} ({p.SourceLanguage ?? "?"}), {p.Method ?? "unknown"}{(p.HumanEdited == true ? $", edited by {string.Join(", ", p.Editors)}" : "")} [{p.LanguageTag}]",
            false => "no (stated original)",
            null => p.Suspicion is null ? "nothing says" : $"not disclosed; suspicion {p.Suspicion.Confidence:0.00}",
        };
        output.WriteLine($"  translation {translation}");
        if (p.AiAct is { } aiAct)
        {
            output.WriteLine($"  AI Act 50(4) {aiAct.Status}");
        }
        if (!x.Attempted)
        {
            output.WriteLine($"  extraction  not attempted: {x.NotAttemptedReason}");
        }
        else
        {
            var people = x.Entities.Where(e => e.Type == "person").Select(e => e.Canonical);
            var orgs = x.Entities.Where(e => e.Type == "organization").Select(e => e.Canonical);
            var places = x.Entities.Where(e => e.Type == "location").Select(e => e.Canonical);
            output.WriteLine($"  people      {string.Join(", ", people)}");
            output.WriteLine($"  orgs        {string.Join(", ", orgs)}");
            output.WriteLine($"  places      {string.Join(", ", places)}");
            output.WriteLine($"  dates       {string.Join(", ", x.Dates.Select(d => $"{d.Text} = {d.Resolved ?? "?"}"))}");
            output.WriteLine($"  quantities  {string.Join(", ", x.Quantities.Select(q => q.Text))}");
            output.WriteLine($"  quotes      {x.Quotes.Count} ({string.Join(", ", x.Quotes.Select(q => q.Speaker ?? "unattributed").Distinct())})");
        }
        output.WriteLine();
    }

    public override void Finish()
    {
        output.WriteLine($"{_stored} stored, {_duplicates} duplicate, {_rejected} rejected");
        output.Flush();
    }
}
