using System.Text;
using Platform.Storage.Queries;
using Platform.Storage.Web.Api;

namespace Platform.Storage.Web.View;

/// <summary>The start page: a search box with filters and the result list, each result linking to its article page.</summary>
internal static class SearchPage
{
    public static string Render(ArticleQueryParameters query, ResultPage<ArticleSummary>? page, string? error)
    {
        var html = new StringBuilder();
        html.Append("<form class=\"search\" method=\"get\" action=\"/\">")
            .Append(Input("q", "words", query.Q, "search"))
            .Append(Input("from", "from", query.From?.ToString("yyyy-MM-dd"), "date"))
            .Append(Input("to", "to", query.To?.ToString("yyyy-MM-dd"), "date"))
            .Append(Input("language", "language", query.Language, "text"))
            .Append(Input("outlet", "outlet", query.Outlet, "text"))
            .Append(Input("author", "author", query.Author, "text"))
            .Append(Input("entity", "mentions", query.Entity, "text"))
            .Append(Select("translation", "translation", query.Translation, ["", "yes", "no", "unknown"]))
            .Append(Select("method", "method", query.Method, ["", "generative-ai", "machine", "human", "unknown"]))
            .Append("<button type=\"submit\">Search</button></form>");
        if (error is not null) html.Append("<p class=\"error\">").Append(Html.E(error)).Append("</p>");
        if (page is null) return Html.Page("Search", html.ToString());

        html.Append("<p class=\"meta\" id=\"count\">").Append(page.Total).Append(page.Total == 1 ? " article" : " articles").Append("</p>");
        html.Append("<ol class=\"results\">");
        foreach (var a in page.Items)
        {
            html.Append("<li><a class=\"headline\" href=\"/articles/").Append(a.ArticleId).Append("\">").Append(Html.E(a.Headline ?? "(no headline)")).Append("</a>")
                .Append("<div class=\"meta\">").Append(Html.E(a.Published ?? "undated")).Append(" · ").Append(Html.E(a.Outlet ?? "outlet unknown"))
                .Append(" · ").Append(Html.E(a.Language ?? "?")).Append(a.Authors.Count == 0 ? "" : " · " + Html.E(string.Join(", ", a.Authors))).Append("</div>")
                .Append("<span class=\"tag ").Append(Html.E(a.Translation)).Append("\">translation: ").Append(Html.E(a.Translation)).Append("</span>");
            if (a.Method is not null) html.Append("<span class=\"tag\">").Append(Html.E(a.Method)).Append("</span>");
            if (a.SourcePublication is not null) html.Append("<span class=\"tag\">from ").Append(Html.E(a.SourcePublication)).Append("</span>");
            if (a.Suspicion) html.Append("<span class=\"tag\">suspected translation</span>");
            html.Append("</li>");
        }
        html.Append("</ol><p class=\"meta\">").Append(Html.E(TranslationStatus.Explanation)).Append("</p>");
        html.Append(Pager(query, page));
        return Html.Page(string.IsNullOrWhiteSpace(query.Q) ? "Articles" : "Search: " + query.Q, html.ToString());
    }

    private static string Pager(ArticleQueryParameters query, ResultPage<ArticleSummary> page)
    {
        var links = new StringBuilder("<p class=\"pager\">");
        if (page.Page > 1) links.Append("<a href=\"").Append(Html.E(Link(query with { Page = page.Page - 1 }))).Append("\">previous</a>");
        if (page.Page * page.PageSize < page.Total) links.Append("<a href=\"").Append(Html.E(Link(query with { Page = page.Page + 1 }))).Append("\">next</a>");
        return links.Append("</p>").ToString();
    }

    private static string Link(ArticleQueryParameters q)
    {
        var pairs = new (string, string?)[]
        {
            ("q", q.Q), ("from", q.From?.ToString("yyyy-MM-dd")), ("to", q.To?.ToString("yyyy-MM-dd")), ("language", q.Language), ("outlet", q.Outlet),
            ("author", q.Author), ("entity", q.Entity), ("translation", q.Translation), ("method", q.Method), ("page", q.Page?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        return "/?" + string.Join('&', pairs.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
    }

    private static string Input(string name, string label, string? value, string type) =>
        $"<label>{Html.E(label)}<input type=\"{type}\" name=\"{name}\" value=\"{Html.E(value)}\"></label>";

    private static string Select(string name, string label, string? value, string[] choices) =>
        $"<label>{Html.E(label)}<select name=\"{name}\">" + string.Concat(choices.Select(c =>
            $"<option value=\"{Html.E(c)}\"{(string.Equals(c, value ?? "", StringComparison.OrdinalIgnoreCase) ? " selected" : "")}>{Html.E(c.Length == 0 ? "any" : c)}</option>")) + "</select></label>";
}
