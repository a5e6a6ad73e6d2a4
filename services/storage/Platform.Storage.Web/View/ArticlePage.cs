using System.Text;
using Platform.Storage.Queries;

namespace Platform.Storage.Web.View;

/// <summary>One article: headline and facts, the body with entities, dates and quotes marked at their offsets, and the
/// provenance panel (disclosure, source, method, editors, AI Act reading), entities and quotes beside it.</summary>
internal static class ArticlePage
{
    public static string Render(ArticleInFull found)
    {
        var (article, p, x) = (found.Stored.Article, found.Stored.Provenance, found.Stored.Extraction);
        var highlights = x.Entities
            .SelectMany(e => e.Mentions.Select(m => new Highlight(m.Start, m.End, "ent ent-" + e.Type, $"{e.Type}: {e.Canonical}")))
            .Concat(x.Dates.Where(d => d.Source is null).Select(d => new Highlight(d.Start, d.End, "date", "date: " + (d.Resolved ?? "unresolved"))))
            .Concat(x.Quotes.Select(q => new Highlight(q.Start, q.End, "quote", "quote: " + (q.Speaker ?? "unattributed"))));

        var html = new StringBuilder();
        html.Append("<h1 id=\"headline\">").Append(Html.E(article.Headline ?? "(no headline)")).Append("</h1>")
            .Append("<p class=\"meta\">").Append(Html.E(article.Published?.ToIso8601() ?? "undated")).Append(" · ").Append(Html.E(article.Outlet ?? "outlet unknown"))
            .Append(" · ").Append(Html.E(article.Language ?? "?"))
            .Append(article.Authors.Count == 0 ? "" : " · " + Html.E(string.Join(", ", article.Authors.Select(a => $"{a.Name} ({a.Role})"))))
            .Append(" · exports: <a href=\"/api/articles/").Append(found.Stored.ArticleId).Append("/exports/jsonld\">JSON-LD</a>, <a href=\"/api/articles/")
            .Append(found.Stored.ArticleId).Append("/exports/c2pa\">C2PA manifest</a>, <a href=\"/api/articles/").Append(found.Stored.ArticleId).Append("\">JSON</a></p>")
            .Append("<p class=\"legend meta\"><mark class=\"ent-person\">person</mark><mark class=\"ent-organization\">organisation</mark>")
            .Append("<mark class=\"ent-location\">place</mark><mark class=\"date\">date</mark><mark class=\"quote\">quote</mark></p>")
            .Append("<div class=\"layout\"><article class=\"body\" id=\"body\">").Append(Highlighter.Render(article.Body, highlights)).Append("</article><aside>");

        html.Append("<section id=\"provenance\"><h2>Provenance</h2><dl>")
            .Append(Item("translation", TranslationStatus.Of(p.IsTranslation) + (p.Suspicion is null ? "" : $" (suspected, confidence {p.Suspicion.Confidence:0.00})")))
            .Append(Item("disclosure", p.Disclosure))
            .Append(Item("source", p.SourcePublication is null && p.SourceLanguage is null ? null : $"{p.SourcePublication ?? "?"} ({p.SourceLanguage ?? "?"})"))
            .Append(Item("method", p.Method is null ? null : p.Method + (p.Tool is null ? "" : $" ({p.Tool})")))
            .Append(Item("language tag", p.LanguageTag))
            .Append(Item("human edited", p.HumanEdited switch { true => "yes", false => "no", null => null }))
            .Append(Item("editors", p.Editors.Count == 0 ? null : string.Join(", ", p.Editors)))
            .Append(Item("translators", p.Translators.Count == 0 ? null : string.Join(", ", p.Translators)))
            .Append(Item("AI Act 50(4)", p.AiAct?.Status))
            .Append(Item("editorial responsibility", p.AiAct?.EditorialResponsibility))
            .Append("</dl></section>");

        html.Append("<section id=\"entities\"><h2>Entities</h2><ul>");
        foreach (var e in x.Entities.OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Canonical, StringComparer.Ordinal))
            html.Append("<li><a href=\"/?entity=").Append(Html.E(Uri.EscapeDataString(e.Canonical))).Append("\">").Append(Html.E(e.Canonical)).Append("</a> <span class=\"meta\">")
                .Append(Html.E(e.Type)).Append(", ").Append(e.Mentions.Count).Append("×</span></li>");
        html.Append("</ul></section><section id=\"quotes\"><h2>Quotes</h2><ul>");
        foreach (var q in x.Quotes)
            html.Append("<li><b>").Append(Html.E(q.Speaker ?? "unattributed")).Append("</b>: “").Append(Html.E(q.Text)).Append("”</li>");
        html.Append("</ul></section></aside></div>");
        return Html.Page(article.Headline ?? "Article", html.ToString());
    }

    private static string Item(string term, string? value) =>
        $"<dt>{Html.E(term)}</dt><dd>{(value is null ? "<span class=\"meta\">not stated</span>" : Html.E(value))}</dd>";
}
